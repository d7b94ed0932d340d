import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import { deliveryConfig } from "./config";
import { deliveryPromiseView, type DeliveryTexts } from "./promise";

const config = deliveryConfig({});
const texts = fr.delivery as DeliveryTexts;
// Tuesday 1 December 2026, 10:00 in Paris: before the cut-off.
const now = new Date("2026-12-01T09:00:00Z");
const nbsp = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("deliveryPromiseView", () => {
  it("states the base fees and the threshold for an item below it", () => {
    const view = deliveryPromiseView({ config, texts, locale: "fr", itemCents: 2990 }, now);
    expect(view.options.map((option) => [option.method, nbsp(option.fee)])).toEqual([["home", "4,90 €"], ["relay", "3,90 €"], ["pickup", "Gratuit"]]);
    expect(view.options[0]!.when).toBe("Livraison estimée : jeudi 3 – vendredi 4 décembre");
    expect(nbsp(view.threshold!.text)).toBe("Livraison offerte dès 50,00 € d’achat");
    expect(view.threshold!.reached).toBe(false);
  });

  it("makes an item above the threshold free on its own, and counts what a cart lacks", () => {
    expect(deliveryPromiseView({ config, texts, locale: "fr", itemCents: 9490 }, now).options.map((option) => option.fee)).toEqual(["Gratuit", "Gratuit", "Gratuit"]);
    const cart = deliveryPromiseView({ config, texts, locale: "fr", subtotalCents: 4000 }, now);
    expect(nbsp(cart.threshold!.text)).toBe("Plus que 10,00 € pour la livraison offerte");
  });

  it("shows only the methods asked for", () => {
    expect(deliveryPromiseView({ config, texts, locale: "fr", methods: ["pickup"] }, now).options.map((option) => option.method)).toEqual(["pickup"]);
  });
});
