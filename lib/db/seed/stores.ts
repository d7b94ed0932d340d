/**
 * The demo retailer's stores: real shopping streets, postcodes and coordinates, so distances and
 * "nearest store" answers are believable. Phone numbers are in the ranges ARCEP reserves for
 * fiction (01 99 00…, 04 65 71…, …): French-looking, and they ring nobody.
 */

/** ["HH:MM","HH:MM"] ranges per day, index 0 = Monday; an empty day is closed. */
export type OpeningHours = [string, string][][];

export interface StoreSeed {
  slug: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  phone: string;
  openingHours: OpeningHours;
}

type Ranges = [string, string][];

const closed: Ranges = [];
const hours = (open: string, close: string): Ranges => [[open, close]];
const withLunchBreak = (open: string, lunch: string, reopen: string, close: string): Ranges => [
  [open, lunch],
  [reopen, close],
];

/** Same hours Monday to Saturday, then Sunday. */
function mondayToSaturday(days: Ranges, sunday: Ranges = closed): OpeningHours {
  return [days, days, days, days, days, days, sunday];
}

/** Many town-centre shops open late on Monday; explicit days override the Tuesday–Saturday hours. */
function week(monday: Ranges, tuesdayToSaturday: Ranges, sunday: Ranges = closed): OpeningHours {
  return [monday, tuesdayToSaturday, tuesdayToSaturday, tuesdayToSaturday, tuesdayToSaturday, tuesdayToSaturday, sunday];
}

const opera = mondayToSaturday(hours("10:00", "20:00"), hours("11:00", "19:00"));
opera[3] = hours("10:00", "20:30"); // late opening on Thursday
const strasbourg = mondayToSaturday(hours("10:00", "19:00"));
strasbourg[5] = hours("09:30", "19:00"); // market-day Saturday

export const STORES: readonly StoreSeed[] = [
  {
    slug: "paris-opera",
    name: "Vitrine Paris Opéra",
    address: "35 Boulevard Haussmann",
    postcode: "75009",
    city: "Paris",
    lat: 48.8728,
    lng: 2.3326,
    phone: "01 99 00 12 35",
    openingHours: opera,
  },
  {
    slug: "paris-marais",
    name: "Vitrine Paris Marais",
    address: "36 Rue des Francs-Bourgeois",
    postcode: "75003",
    city: "Paris",
    lat: 48.8586,
    lng: 2.3601,
    phone: "01 99 00 48 36",
    openingHours: mondayToSaturday(hours("10:30", "19:30"), hours("11:00", "19:00")),
  },
  {
    slug: "lyon-part-dieu",
    name: "Vitrine Lyon Part-Dieu",
    address: "Centre commercial La Part-Dieu, 17 Rue du Docteur Bouchut",
    postcode: "69003",
    city: "Lyon",
    lat: 45.761,
    lng: 4.8556,
    phone: "04 65 71 20 17",
    openingHours: mondayToSaturday(hours("10:00", "20:00")),
  },
  {
    slug: "lyon-bellecour",
    name: "Vitrine Lyon Bellecour",
    address: "12 Rue Victor Hugo",
    postcode: "69002",
    city: "Lyon",
    lat: 45.7562,
    lng: 4.8318,
    phone: "04 65 71 20 12",
    openingHours: mondayToSaturday(hours("10:00", "19:30")),
  },
  {
    slug: "villeurbanne-gratte-ciel",
    name: "Vitrine Villeurbanne Gratte-Ciel",
    address: "8 Avenue Henri Barbusse",
    postcode: "69100",
    city: "Villeurbanne",
    lat: 45.7688,
    lng: 4.8804,
    phone: "04 65 71 21 08",
    openingHours: week(hours("14:00", "19:00"), withLunchBreak("10:00", "12:30", "14:00", "19:00")),
  },
  {
    slug: "marseille-saint-ferreol",
    name: "Vitrine Marseille Saint-Ferréol",
    address: "46 Rue Saint-Ferréol",
    postcode: "13001",
    city: "Marseille",
    lat: 43.2921,
    lng: 5.3789,
    phone: "04 65 71 13 46",
    openingHours: mondayToSaturday(hours("10:00", "19:00")),
  },
  {
    slug: "lille-bethune",
    name: "Vitrine Lille Béthune",
    address: "31 Rue de Béthune",
    postcode: "59800",
    city: "Lille",
    lat: 50.6342,
    lng: 3.0618,
    phone: "03 53 01 59 31",
    openingHours: mondayToSaturday(hours("10:00", "19:30")),
  },
  {
    slug: "bordeaux-sainte-catherine",
    name: "Vitrine Bordeaux Sainte-Catherine",
    address: "112 Rue Sainte-Catherine",
    postcode: "33000",
    city: "Bordeaux",
    lat: 44.8381,
    lng: -0.5737,
    phone: "05 36 49 33 12",
    openingHours: mondayToSaturday(hours("10:00", "19:30")),
  },
  {
    slug: "toulouse-capitole",
    name: "Vitrine Toulouse Capitole",
    address: "42 Rue d’Alsace-Lorraine",
    postcode: "31000",
    city: "Toulouse",
    lat: 43.6034,
    lng: 1.4457,
    phone: "05 36 49 31 42",
    openingHours: mondayToSaturday(hours("10:00", "19:30")),
  },
  {
    slug: "nantes-crebillon",
    name: "Vitrine Nantes Crébillon",
    address: "14 Rue Crébillon",
    postcode: "44000",
    city: "Nantes",
    lat: 47.2134,
    lng: -1.562,
    phone: "02 61 91 44 14",
    openingHours: mondayToSaturday(hours("10:00", "19:00")),
  },
  {
    slug: "strasbourg-kleber",
    name: "Vitrine Strasbourg Kléber",
    address: "24 Rue des Grandes Arcades",
    postcode: "67000",
    city: "Strasbourg",
    lat: 48.5824,
    lng: 7.7478,
    phone: "03 53 01 67 24",
    openingHours: strasbourg,
  },
  {
    slug: "nice-jean-medecin",
    name: "Vitrine Nice Jean-Médecin",
    address: "30 Avenue Jean Médecin",
    postcode: "06000",
    city: "Nice",
    lat: 43.7008,
    lng: 7.2677,
    phone: "04 65 71 06 30",
    // Sunday morning opening for the tourist season crowd.
    openingHours: mondayToSaturday(hours("10:00", "19:30"), hours("10:00", "13:00")),
  },
  {
    slug: "rennes-le-bastard",
    name: "Vitrine Rennes Le Bastard",
    address: "12 Rue Le Bastard",
    postcode: "35000",
    city: "Rennes",
    lat: 48.112,
    lng: -1.68,
    phone: "02 61 91 35 12",
    openingHours: week(hours("13:30", "19:00"), hours("10:00", "19:00")),
  },
  {
    slug: "montpellier-comedie",
    name: "Vitrine Montpellier Comédie",
    address: "20 Rue de la Loge",
    postcode: "34000",
    city: "Montpellier",
    lat: 43.6106,
    lng: 3.8762,
    phone: "04 65 71 34 20",
    openingHours: mondayToSaturday(withLunchBreak("10:00", "13:00", "14:00", "19:00")),
  },
  {
    slug: "grenoble-victor-hugo",
    name: "Vitrine Grenoble Victor-Hugo",
    address: "5 Rue Félix Poulat",
    postcode: "38000",
    city: "Grenoble",
    lat: 45.1894,
    lng: 5.7254,
    phone: "04 65 71 38 05",
    openingHours: week(hours("14:00", "19:00"), hours("10:00", "19:00")),
  },
  {
    slug: "dijon-liberte",
    name: "Vitrine Dijon Liberté",
    address: "44 Rue de la Liberté",
    postcode: "21000",
    city: "Dijon",
    lat: 47.3222,
    lng: 5.038,
    phone: "03 53 01 21 44",
    openingHours: week(hours("14:00", "19:00"), withLunchBreak("10:00", "12:30", "13:30", "19:00")),
  },
];
