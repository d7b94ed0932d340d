/**
 * Relay points (points relais) the shopper can have a parcel sent to. The retailer replaces this
 * list with its carrier's (docs/delivery.md#relay-points); the demo lists shops at real French
 * street addresses, the shop names are invented.
 */
export interface RelayPoint {
  slug: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
}

export const RELAY_POINTS: readonly RelayPoint[] = [
  { slug: "paris-rivoli", name: "Presse du Châtelet", address: "92 rue de Rivoli", postcode: "75004", city: "Paris" },
  { slug: "paris-oberkampf", name: "Tabac Oberkampf", address: "54 rue Oberkampf", postcode: "75011", city: "Paris" },
  { slug: "lyon-republique", name: "Librairie de la République", address: "28 rue de la République", postcode: "69002", city: "Lyon" },
  { slug: "marseille-canebiere", name: "Relais Canebière", address: "12 la Canebière", postcode: "13001", city: "Marseille" },
  { slug: "bordeaux-sainte-catherine", name: "Épicerie Sainte-Catherine", address: "95 rue Sainte-Catherine", postcode: "33000", city: "Bordeaux" },
  { slug: "lille-bethune", name: "Cordonnerie de Béthune", address: "37 rue de Béthune", postcode: "59800", city: "Lille" },
  { slug: "nantes-crebillon", name: "Papeterie Crébillon", address: "9 rue Crébillon", postcode: "44000", city: "Nantes" },
  { slug: "toulouse-alsace-lorraine", name: "Presse Alsace-Lorraine", address: "41 rue d’Alsace-Lorraine", postcode: "31000", city: "Toulouse" },
];

export function relayPoint(slug: string): RelayPoint | undefined {
  return RELAY_POINTS.find((point) => point.slug === slug);
}
