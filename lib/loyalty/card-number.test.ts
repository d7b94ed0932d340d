import { describe, expect, it } from "vitest";
import bwipjs from "bwip-js/node";
import { groupCardNumber } from "./card-data";
import { drawCardNumber, ean13CheckDigit, isLoyaltyCardNumber } from "./card-number";

describe("loyalty card numbers", () => {
  it("computes EAN-13 check digits as GS1 does", () => {
    // Published examples: 400638133393(1), 978020137962(4), 590123412345(7).
    expect(ean13CheckDigit("400638133393")).toBe(1);
    expect(ean13CheckDigit("978020137962")).toBe(4);
    expect(ean13CheckDigit("590123412345")).toBe(7);
    expect(ean13CheckDigit("290000000000")).toBe(1);
    expect(() => ean13CheckDigit("12345")).toThrow(RangeError);
  });

  it("draws numbers in the restricted range 20–29 with a valid check digit, which bwip-js accepts", () => {
    for (let i = 0; i < 200; i++) {
      const number = drawCardNumber();
      expect(number).toMatch(/^29[0-9]{11}$/);
      expect(isLoyaltyCardNumber(number)).toBe(true);
    }
    const number = drawCardNumber();
    // bwip-js refuses an EAN-13 whose check digit is wrong: a second, independent check.
    expect(() => bwipjs.toSVG({ bcid: "ean13", text: number })).not.toThrow();
    const wrong = number.slice(0, 12) + String((Number(number[12]) + 1) % 10);
    expect(() => bwipjs.toSVG({ bcid: "ean13", text: wrong })).toThrow();
  });

  it("refuses numbers outside the range or with a wrong check digit", () => {
    expect(isLoyaltyCardNumber("2900000000001")).toBe(true);
    expect(isLoyaltyCardNumber("2900000000008")).toBe(false);
    expect(isLoyaltyCardNumber("4006381333931")).toBe(false); // a real product GTIN, not in 20–29
    expect(isLoyaltyCardNumber("290000000000")).toBe(false);
  });

  it("groups the digits as printed under the bars", () => {
    expect(groupCardNumber("2901234567893")).toBe("2 901234 567893");
  });
});
