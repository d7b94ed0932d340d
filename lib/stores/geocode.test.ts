import { describe, expect, it } from "vitest";
import { distanceKm } from "./distance";
import { departmentOfPostcode, geocode } from "./geocode";
import { CITIES, DEPARTMENTS } from "./geodata";

describe("geocode", () => {
  it("finds Lyon from a Lyon arrondissement postcode", () => {
    const hit = geocode("69001");
    expect(hit).toMatchObject({ label: "Lyon", precision: "city" });
    expect(distanceKm(hit!, { lat: 45.764, lng: 4.8357 })).toBeLessThan(3);
  });

  it("finds the big city of an exact postcode", () => {
    expect(geocode("69003")?.label).toBe("Lyon");
    expect(geocode("75011")?.label).toBe("Paris");
    expect(geocode("75116")?.label).toBe("Paris");
    expect(geocode("13001")).toMatchObject({ label: "Marseille", precision: "city" });
    expect(geocode("13100")?.label).toBe("Aix-en-Provence");
    expect(geocode("69100")?.label).toBe("Villeurbanne");
  });

  it("falls back to the département's prefecture for other postcodes", () => {
    expect(geocode("13500")).toMatchObject({ label: "Bouches-du-Rhône (13)", precision: "department" }); // Martigues
    expect(geocode("48000")).toMatchObject({ label: "Lozère (48)", lat: 44.5181, lng: 3.5007 });
  });

  it("splits Corsican postcodes and INSEE codes between the two départements", () => {
    expect(geocode("2A004")?.label).toBe("Corse-du-Sud (2A)");
    expect(geocode("2b033")?.label).toBe("Haute-Corse (2B)");
    expect(geocode("20137")?.label).toBe("Corse-du-Sud (2A)"); // Porto-Vecchio
    expect(geocode("20600")?.label).toBe("Haute-Corse (2B)"); // Bastia
    expect(geocode("20000")?.label).toBe("Ajaccio");
  });

  it("maps postcodes to département codes", () => {
    expect(["01000", "20090", "20200", "2a004", "69003", "97110", "97600"].map(departmentOfPostcode)).toEqual(["01", "2A", "2B", "2A", "69", "971", "976"]);
  });

  it("reads overseas postcodes by their first three digits", () => {
    expect(geocode("97400")?.label).toBe("Saint-Denis");
    expect(geocode("97410")?.label).toBe("La Réunion (974)");
    expect(geocode("97600")?.label).toBe("Mayotte (976)");
  });

  it("accepts a département number", () => {
    expect(geocode("69")).toMatchObject({ label: "Rhône (69)", precision: "department" });
    expect(geocode("01")?.label).toBe("Ain (01)");
    expect(geocode("2a")?.label).toBe("Corse-du-Sud (2A)");
    expect(geocode("971")?.label).toBe("Guadeloupe (971)");
  });

  it("finds city names whatever the case, accents and saint spelling", () => {
    expect(geocode("Marseille")).toMatchObject({ label: "Marseille", precision: "city" });
    expect(geocode("  lyon ")?.label).toBe("Lyon");
    for (const query of ["Saint-Étienne", "st etienne", "ST-ETIENNE", "saint etienne", "St. Étienne"]) {
      expect(geocode(query)?.label).toBe("Saint-Étienne");
    }
    expect(geocode("NIMES")?.label).toBe("Nîmes");
  });

  it("finds smaller prefectures by name, and départements by name", () => {
    expect(geocode("Mende")).toMatchObject({ label: "Mende", precision: "city" });
    expect(geocode("finistere")).toMatchObject({ label: "Finistère (29)", precision: "department" });
    expect(geocode("Paris")?.precision).toBe("city");
  });

  it("prefers the metropolitan city when two share a name", () => {
    expect(geocode("Saint-Denis")?.lat).toBeGreaterThan(48);
  });

  it("returns a copy the caller may change", () => {
    geocode("Lyon")!.label = "changed";
    expect(geocode("Lyon")?.label).toBe("Lyon");
  });

  it.each(["00000", "20", "96000", "98000", "1234", "123456", "", "   ", "'; DROP TABLE stores; --", "Atlantis", "69 001"])(
    "returns null for %j",
    (query) => {
      expect(geocode(query)).toBeNull();
    },
  );

  it("refuses a 10 kB string at once", () => {
    const started = performance.now();
    expect(geocode("Lyon ".repeat(2048))).toBeNull();
    expect(geocode("a".repeat(10_240))).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe("geodata", () => {
  it("has every département once: 01–95 with 2A/2B instead of 20, and 971–976", () => {
    const metropolitan = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((code) => code !== "20");
    const expected = [...metropolitan, "2A", "2B", "971", "972", "973", "974", "975", "976"];
    expect(DEPARTMENTS.map(([code]) => code).sort()).toEqual(expected.sort());
  });

  it("places metropolitan prefectures inside mainland France or Corsica", () => {
    for (const [code, , prefecture, lat, lng] of DEPARTMENTS) {
      if (code.length === 3) continue;
      expect({ prefecture, inside: lat > 41.3 && lat < 51.1 && lng > -4.8 && lng < 9.6 }).toEqual({ prefecture, inside: true });
    }
  });

  it("gives each postcode to one city only", () => {
    const postcodes = CITIES.flatMap(([, codes]) => codes);
    expect(new Set(postcodes).size).toBe(postcodes.length);
    for (const code of postcodes) expect(code).toMatch(/^\d{5}$/);
  });

  it("puts each city near its département's prefecture (catches swapped or mistyped coordinates)", () => {
    // Calais is the farthest, about 100 km from Arras.
    for (const [name, [postcode], lat, lng] of CITIES) {
      const department = geocode(departmentOfPostcode(postcode!))!;
      expect({ name, near: distanceKm({ lat, lng }, department) < 110 }).toEqual({ name, near: true });
    }
  });

  it("agrees with itself where a big city is also a prefecture", () => {
    for (const [code, name, prefecture, lat, lng] of DEPARTMENTS) {
      const city = CITIES.find(([cityName, [postcode]]) => cityName === prefecture && departmentOfPostcode(postcode!) === code);
      if (city) expect({ name, lat: city[2], lng: city[3] }).toEqual({ name, lat, lng });
    }
  });
});
