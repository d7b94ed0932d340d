import type { ColourName } from "../../catalog/images";

/**
 * The words the catalog generator assembles into French product names and descriptions.
 * Names are `${noun} ${style} ${material}` ("Robe portefeuille en lin"): styles are written
 * already agreed with their noun, and every noun starts the slug, which is how the image
 * drawings recognise the product type (lib/catalog/images.ts).
 */

export const LETTER_SIZES = ["XS", "S", "M", "L", "XL"] as const;
/**
 * Skirts share the dresses' category, so they use its letter sizes (one size system per category
 * filter). Six of them, like the French sizes skirts had: the generator draws the same numbers
 * from its seeded stream, so every product after the first skirt keeps its name, slug and stock.
 */
const SKIRT_SIZES = ["XS", "S", "M", "L", "XL", "XXL"] as const;
const FR_SIZES = ["34", "36", "38", "40", "42", "44"] as const;
const SHOE_SIZES = ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"] as const;
const KIDS_SIZES = ["4 ans", "6 ans", "8 ans", "10 ans", "12 ans"] as const;
const KIDS_SHOE_SIZES = ["26", "28", "30", "32", "34"] as const;
export const ONE_SIZE = "Taille unique";

export interface Material {
  /** Price multiplier against the product type's base range. */
  premium: number;
  sentence: string;
}

export const MATERIALS = {
  lin: { premium: 1.1, sentence: "Le lin, respirant et naturellement thermorégulateur, se patine joliment au fil des lavages." },
  "lin lavé": { premium: 1.2, sentence: "Le lin lavé, souple dès le premier jour, apporte un froissé naturel et élégant." },
  "coton bio": { premium: 1, sentence: "Son coton biologique certifié GOTS est doux au toucher et cultivé sans pesticides de synthèse." },
  "popeline de coton": { premium: 1, sentence: "La popeline de coton, fine et serrée, offre un tombé net et un toucher frais." },
  "flanelle de coton": { premium: 1.1, sentence: "La flanelle de coton grattée, chaude et douce, est parfaite pour la mi-saison." },
  "gaze de coton": { premium: 1, sentence: "La gaze de coton double épaisseur, légère et gaufrée, s'assouplit à chaque lavage." },
  "toile de coton": { premium: 0.9, sentence: "Une toile de coton robuste, pensée pour le quotidien et les lavages fréquents." },
  "molleton de coton bio": { premium: 1, sentence: "Un molleton de coton bio gratté à l'intérieur, épais et douillet." },
  "percale de coton": { premium: 1, sentence: "La percale de coton, au tissage serré de 80 fils au centimètre carré, offre un toucher frais et mat." },
  "satin de coton": { premium: 1.1, sentence: "Le satin de coton, lisse et légèrement brillant, glisse agréablement sur la peau." },
  "éponge de coton": { premium: 1, sentence: "Une éponge de coton bouclée de 550 g/m², épaisse et très absorbante." },
  viscose: { premium: 0.9, sentence: "La viscose donne un tombé fluide et un toucher soyeux, agréable même par temps chaud." },
  crêpe: { premium: 1, sentence: "Le crêpe légèrement granité ne se froisse presque pas : idéal en voyage." },
  soie: { premium: 1.6, sentence: "La soie, légère et lumineuse, caresse la peau et accroche joliment la lumière." },
  "laine mérinos": { premium: 1.3, sentence: "La laine mérinos extra-fine tient chaud sans épaisseur et ne gratte pas." },
  cachemire: { premium: 2, sentence: "Le cachemire, d'une douceur incomparable, gagne en moelleux avec le temps." },
  "laine et alpaga": { premium: 1.4, sentence: "Le mélange laine et alpaga apporte chaleur et légèreté, avec un aspect légèrement duveteux." },
  laine: { premium: 1.3, sentence: "Un drap de laine dense qui coupe le vent et garde la chaleur." },
  "laine bouillie": { premium: 1.3, sentence: "La laine bouillie, compacte et souple, tient chaud sans alourdir la silhouette." },
  denim: { premium: 1, sentence: "Un denim de 12 oz au tissage sergé, qui se patine à votre image." },
  "velours côtelé": { premium: 1.1, sentence: "Le velours côtelé, doux et chaleureux, apporte une touche rétro assumée." },
  "gabardine de coton": { premium: 1.2, sentence: "La gabardine de coton, au tissage serré, résiste au vent et aux petites pluies." },
  cuir: { premium: 1.5, sentence: "Un cuir pleine fleur tanné au végétal, qui se patine avec élégance." },
  daim: { premium: 1.4, sentence: "Le daim au toucher velouté habille la pièce d'une élégance décontractée." },
  raphia: { premium: 1, sentence: "Le raphia tressé à la main apporte une touche estivale et artisanale." },
  "polyester recyclé": { premium: 0.9, sentence: "Son polyester recyclé, issu de bouteilles plastiques, sèche vite et reste léger." },
  "jersey technique": { premium: 1, sentence: "Un jersey technique respirant qui évacue la transpiration et sèche en un rien de temps." },
} satisfies Record<string, Material>;

export type MaterialName = keyof typeof MATERIALS;

export interface ProductType {
  noun: string;
  styles: readonly string[];
  materials: readonly MaterialName[];
  /** In the shop's order; a product offers a contiguous run of them. */
  sizes: readonly string[];
  /** Base price range in euros, before the material's premium. */
  euros: [number, number];
  /** Extra cents per size step, when bigger sizes cost more (bed linen). */
  sizeStepCents?: number;
}

export interface CategoryVocabulary {
  slug: string;
  name: string;
  types: readonly ProductType[];
  colours: readonly ColourName[];
  brands: readonly string[];
  /** First sentence of a description; `{brand}` is replaced. */
  openers: readonly string[];
  /** Last sentence: how to wear or use it, care. */
  closers: readonly string[];
}

const FASHION_BRANDS = ["Atelier Sauge", "Maison Fleuve", "Belle-Île", "Oréade", "Côte Sauvage", "Vitrine Essentiels"];

export const CATEGORIES: readonly CategoryVocabulary[] = [
  {
    slug: "robes",
    name: "Robes & jupes",
    types: [
      {
        noun: "Robe",
        styles: ["portefeuille", "chemise", "midi plissée", "longue fleurie", "courte à volants", "trapèze", "droite", "à bretelles", "smockée", "rayée"],
        materials: ["lin", "coton bio", "viscose", "crêpe", "soie", "lin lavé", "gaze de coton"],
        sizes: LETTER_SIZES,
        euros: [39, 139],
      },
      {
        noun: "Jupe",
        styles: ["midi plissée", "portefeuille", "droite", "trapèze", "longue fleurie", "boutonnée", "courte"],
        materials: ["lin", "viscose", "denim", "velours côtelé", "laine", "crêpe"],
        sizes: SKIRT_SIZES,
        euros: [35, 99],
      },
    ],
    colours: ["Noir", "Écru", "Terracotta", "Bleu marine", "Vert sauge", "Rose poudré", "Bordeaux", "Sable", "Bleu ciel", "Lilas", "Corail"],
    brands: FASHION_BRANDS,
    openers: [
      "Une pièce féminine et facile à vivre, signée {brand}.",
      "Coupe étudiée pour flatter la silhouette sans jamais la contraindre.",
      "Dessinée dans l'atelier {brand}, elle se porte du matin au soir.",
      "Un essentiel de la garde-robe, à la ligne intemporelle.",
    ],
    closers: [
      "À porter avec des sandales l'été ou des bottines à la mi-saison.",
      "Lavage en machine à 30 °C, séchage à plat.",
      "Notre mannequin mesure 1,76 m et porte une taille S.",
    ],
  },
  {
    slug: "chemises",
    name: "Chemises & blouses",
    types: [
      {
        noun: "Chemise",
        styles: ["Oxford", "à col officier", "ajustée", "oversize", "rayée", "à carreaux", "à manches courtes", "droite"],
        materials: ["coton bio", "popeline de coton", "lin", "lin lavé", "flanelle de coton"],
        sizes: LETTER_SIZES,
        euros: [39, 89],
      },
      {
        noun: "Blouse",
        styles: ["fluide", "brodée", "à col lavallière", "à manches bouffantes", "imprimée", "à volants"],
        materials: ["viscose", "soie", "crêpe", "coton bio", "gaze de coton"],
        sizes: LETTER_SIZES,
        euros: [35, 99],
      },
      {
        noun: "Surchemise",
        styles: ["épaisse", "à poches plaquées", "matelassée"],
        materials: ["velours côtelé", "flanelle de coton", "laine"],
        sizes: LETTER_SIZES,
        euros: [59, 109],
      },
    ],
    colours: ["Blanc", "Bleu ciel", "Écru", "Rose poudré", "Bleu marine", "Vert sauge", "Kaki", "Noir"],
    brands: FASHION_BRANDS,
    openers: [
      "Une chemise bien coupée, signée {brand}, qui fait toute la différence.",
      "Col net, boutonnage discret : une pièce qui passe du bureau au week-end.",
      "Pensée par {brand} pour être portée rentrée comme ouverte sur un t-shirt.",
    ],
    closers: [
      "Boutons en corozo, une alternative naturelle au plastique.",
      "Lavage en machine à 30 °C, repassage doux.",
      "Se porte avec un jean brut ou un pantalon à pinces.",
    ],
  },
  {
    slug: "pulls",
    name: "Pulls & gilets",
    types: [
      {
        noun: "Pull",
        styles: ["col rond", "col roulé", "col V", "torsadé", "marinière", "oversize", "côtelé"],
        materials: ["laine mérinos", "cachemire", "coton bio", "laine et alpaga"],
        sizes: LETTER_SIZES,
        euros: [45, 119],
      },
      {
        noun: "Gilet",
        styles: ["boutonné", "long", "court", "col V", "torsadé"],
        materials: ["laine mérinos", "cachemire", "coton bio", "laine et alpaga"],
        sizes: LETTER_SIZES,
        euros: [49, 119],
      },
      {
        noun: "Sweat",
        styles: ["à capuche", "col rond", "zippé", "brodé"],
        materials: ["molleton de coton bio", "coton bio"],
        sizes: LETTER_SIZES,
        euros: [39, 79],
      },
    ],
    colours: ["Écru", "Gris chiné", "Bleu marine", "Camel", "Bordeaux", "Vert sapin", "Moutarde", "Noir", "Rose poudré"],
    brands: FASHION_BRANDS,
    openers: [
      "Une maille généreuse, tricotée pour {brand} dans un atelier familial.",
      "Le pull qu'on ressort chaque hiver, toujours avec le même plaisir.",
      "Une maille douce et chaleureuse, à superposer sans compter.",
    ],
    closers: [
      "Lavage à la main ou en machine sur un programme laine, séchage à plat.",
      "Se porte seul ou sur une chemise pour un style plus habillé.",
      "Tricoté au Portugal.",
    ],
  },
  {
    slug: "pantalons",
    name: "Pantalons & jeans",
    types: [
      {
        noun: "Pantalon",
        styles: ["large", "droit", "à pinces", "cigarette", "fluide", "cargo", "à taille élastiquée"],
        materials: ["lin", "laine", "velours côtelé", "viscose", "crêpe", "toile de coton"],
        sizes: FR_SIZES,
        euros: [45, 109],
      },
      {
        noun: "Jean",
        styles: ["droit", "slim", "large", "flare", "mom", "brut"],
        materials: ["denim"],
        sizes: FR_SIZES,
        euros: [49, 119],
      },
      {
        noun: "Chino",
        styles: ["ajusté", "droit", "léger"],
        materials: ["toile de coton", "coton bio"],
        sizes: FR_SIZES,
        euros: [45, 89],
      },
    ],
    colours: ["Noir", "Beige", "Bleu marine", "Indigo", "Kaki", "Camel", "Écru", "Anthracite"],
    brands: FASHION_BRANDS,
    openers: [
      "Une coupe juste, pensée par {brand} pour tomber parfaitement.",
      "Taille haute et jambe travaillée : la silhouette s'allonge naturellement.",
      "Le pantalon du quotidien, confortable du matin au soir.",
    ],
    closers: [
      "Ourlet brut à ajuster selon votre taille.",
      "Lavage en machine à 30 °C, sur l'envers.",
      "Notre mannequin mesure 1,78 m et porte une taille 38.",
    ],
  },
  {
    slug: "vestes-manteaux",
    name: "Vestes & manteaux",
    types: [
      {
        noun: "Veste",
        styles: ["de tailleur", "croisée", "courte", "matelassée", "workwear", "cintrée"],
        materials: ["laine", "lin", "velours côtelé", "denim", "toile de coton", "laine bouillie"],
        sizes: LETTER_SIZES,
        euros: [79, 169],
      },
      {
        noun: "Blazer",
        styles: ["droit", "croisé", "oversize", "cintré"],
        materials: ["laine", "lin", "crêpe", "velours côtelé"],
        sizes: LETTER_SIZES,
        euros: [99, 189],
      },
      {
        noun: "Manteau",
        styles: ["long", "droit", "croisé", "ceinturé", "oversize", "à capuche"],
        materials: ["laine", "laine bouillie", "cachemire", "laine et alpaga"],
        sizes: LETTER_SIZES,
        euros: [129, 199],
      },
      {
        noun: "Trench",
        styles: ["classique", "court", "ceinturé", "oversize"],
        materials: ["gabardine de coton"],
        sizes: LETTER_SIZES,
        euros: [129, 199],
      },
      {
        noun: "Parka",
        styles: ["à capuche", "matelassée", "longue", "imperméable"],
        materials: ["polyester recyclé", "gabardine de coton"],
        sizes: LETTER_SIZES,
        euros: [119, 199],
      },
    ],
    colours: ["Noir", "Camel", "Bleu marine", "Beige", "Kaki", "Anthracite", "Marron", "Vert sapin"],
    brands: FASHION_BRANDS,
    openers: [
      "Une pièce forte, construite par {brand} pour durer plusieurs saisons.",
      "Épaules structurées et longueur étudiée : elle habille tout ce qu'elle couvre.",
      "La pièce qui termine une tenue, de la rentrée aux premiers froids.",
    ],
    closers: [
      "Doublure en viscose, deux poches passepoilées et une poche intérieure.",
      "Nettoyage à sec recommandé.",
      "Se porte ouvert sur une maille ou fermé sur une chemise.",
    ],
  },
  {
    slug: "chaussures",
    name: "Chaussures",
    types: [
      { noun: "Baskets", styles: ["basses", "montantes", "rétro", "à lacets", "à scratch", "minimalistes", "à semelle épaisse"], materials: ["cuir", "daim", "toile de coton"], sizes: SHOE_SIZES, euros: [59, 109] },
      { noun: "Bottines", styles: ["chelsea", "à talon", "à lacets", "plates", "zippées", "à talon carré", "western"], materials: ["cuir", "daim"], sizes: SHOE_SIZES, euros: [89, 129] },
      { noun: "Mocassins", styles: ["à pampilles", "classiques", "souples", "à chaîne"], materials: ["cuir", "daim"], sizes: SHOE_SIZES, euros: [79, 119] },
      { noun: "Derbies", styles: ["classiques", "à semelle crantée", "plates", "à bout golf", "vernies"], materials: ["cuir"], sizes: SHOE_SIZES, euros: [89, 119] },
      { noun: "Ballerines", styles: ["plates", "à bride", "pointues", "à nœud"], materials: ["cuir", "daim"], sizes: SHOE_SIZES, euros: [49, 89] },
    ],
    colours: ["Noir", "Blanc", "Camel", "Marron", "Bordeaux", "Beige", "Bleu marine"],
    brands: ["Pas de Loup", "Cordonnerie Valmy", "Côte Sauvage", "Vitrine Essentiels"],
    openers: [
      "Montées à la main par {brand} dans un atelier du Portugal.",
      "Une paire confortable dès le premier jour, qui s'adapte à tous les styles.",
      "Un classique revisité, avec une semelle pensée pour marcher toute la journée.",
    ],
    closers: [
      "Semelle intérieure en cuir amovible, semelle extérieure en caoutchouc naturel.",
      "Chaussant normal : prenez votre pointure habituelle.",
      "Nourrir le cuir régulièrement avec une crème incolore.",
    ],
  },
  {
    slug: "sacs-accessoires",
    name: "Sacs & accessoires",
    types: [
      { noun: "Sac", styles: ["à main", "seau", "besace", "bandoulière", "porté épaule", "à dos"], materials: ["cuir", "daim", "toile de coton"], sizes: [ONE_SIZE], euros: [69, 169] },
      { noun: "Cabas", styles: ["réversible", "tressé", "de marché", "zippé"], materials: ["toile de coton", "cuir", "raphia"], sizes: [ONE_SIZE], euros: [29, 119] },
      { noun: "Pochette", styles: ["matelassée", "enveloppe", "de soirée", "zippée"], materials: ["cuir", "daim", "velours côtelé"], sizes: [ONE_SIZE], euros: [35, 79] },
      { noun: "Écharpe", styles: ["longue", "à franges", "à carreaux", "côtelée"], materials: ["laine mérinos", "cachemire", "laine et alpaga", "lin"], sizes: [ONE_SIZE], euros: [29, 79] },
      { noun: "Foulard", styles: ["carré", "imprimé", "rayé"], materials: ["soie", "viscose"], sizes: [ONE_SIZE], euros: [25, 59] },
      { noun: "Bonnet", styles: ["côtelé", "à revers", "à pompon", "torsadé"], materials: ["laine mérinos", "cachemire", "laine et alpaga"], sizes: [ONE_SIZE], euros: [19, 45] },
    ],
    colours: ["Noir", "Camel", "Marron", "Bordeaux", "Écru", "Beige", "Kaki", "Terracotta"],
    brands: ["Maroquinerie Lys", "Atelier Sauge", "Oréade", "Vitrine Essentiels"],
    openers: [
      "L'accessoire qui signe une tenue, imaginé par {brand}.",
      "Fonctionnel et élégant, il vous accompagne partout.",
      "Un accessoire durable, fabriqué en petite série.",
    ],
    closers: [
      "Finitions soignées et coutures renforcées aux points de tension.",
      "Livré dans un pochon en coton réutilisable.",
      "Une pièce à offrir… ou à s'offrir.",
    ],
  },
  {
    slug: "maison",
    name: "Linge de maison",
    types: [
      {
        noun: "Housse de couette",
        styles: ["unie", "rayée", "brodée", "à volants"],
        materials: ["lin lavé", "percale de coton", "satin de coton", "gaze de coton"],
        sizes: ["140 × 200 cm", "220 × 240 cm", "240 × 260 cm"],
        euros: [69, 149],
        sizeStepCents: 2000,
      },
      {
        noun: "Drap housse",
        styles: ["uni", "à bonnet profond", "à volants"],
        materials: ["percale de coton", "lin lavé", "satin de coton"],
        sizes: ["90 × 190 cm", "140 × 190 cm", "160 × 200 cm", "180 × 200 cm"],
        euros: [29, 69],
        sizeStepCents: 500,
      },
      {
        noun: "Nappe",
        styles: ["unie", "à carreaux", "brodée", "enduite"],
        materials: ["lin", "lin lavé", "coton bio"],
        sizes: ["150 × 150 cm", "150 × 250 cm", "150 × 300 cm"],
        euros: [35, 79],
        sizeStepCents: 1000,
      },
      {
        noun: "Serviette de bain",
        styles: ["douce", "gaufrée", "à liteaux"],
        materials: ["éponge de coton", "gaze de coton", "lin"],
        sizes: ["50 × 100 cm", "70 × 140 cm", "100 × 150 cm"],
        euros: [15, 35],
        sizeStepCents: 800,
      },
      { noun: "Plaid", styles: ["à franges", "tricoté", "réversible", "à carreaux"], materials: ["laine et alpaga", "laine mérinos", "coton bio", "cachemire"], sizes: ["130 × 170 cm"], euros: [49, 119] },
      { noun: "Coussin", styles: ["brodé", "à franges", "uni", "tressé"], materials: ["lin lavé", "velours côtelé", "coton bio"], sizes: ["45 × 45 cm"], euros: [25, 49] },
    ],
    colours: ["Blanc", "Écru", "Sable", "Vert sauge", "Terracotta", "Bleu ciel", "Gris chiné", "Rose poudré", "Lilas", "Moutarde"],
    brands: ["Lin & Logis", "Les Tisserands du Nord", "Vitrine Maison"],
    openers: [
      "Du linge de maison tissé pour {brand} dans les Vosges.",
      "Une touche de douceur pour une maison qui vous ressemble.",
      "Des textiles simples et beaux, faits pour la vie de tous les jours.",
    ],
    closers: [
      "Lavage en machine à 40 °C ; plus doux à chaque lavage.",
      "Certifié OEKO-TEX Standard 100.",
      "À associer aux autres pièces de la collection pour un ensemble harmonieux.",
    ],
  },
  {
    slug: "sport",
    name: "Sport",
    types: [
      { noun: "Legging", styles: ["de yoga", "de running", "taille haute", "gainant", "7/8", "de training", "côtelé"], materials: ["jersey technique", "polyester recyclé", "coton bio"], sizes: LETTER_SIZES, euros: [29, 59] },
      { noun: "T-shirt", styles: ["de running", "respirant", "sans coutures", "à manches longues", "de training", "col V", "oversize"], materials: ["jersey technique", "polyester recyclé"], sizes: LETTER_SIZES, euros: [19, 39] },
      { noun: "Débardeur", styles: ["de running", "dos nageur", "de yoga", "respirant"], materials: ["jersey technique", "polyester recyclé", "coton bio"], sizes: LETTER_SIZES, euros: [15, 35] },
      { noun: "Short", styles: ["de running", "de training", "2-en-1", "de yoga", "cycliste", "ample"], materials: ["polyester recyclé", "jersey technique"], sizes: LETTER_SIZES, euros: [24, 45] },
      { noun: "Veste", styles: ["coupe-vent", "de running", "zippée", "déperlante", "légère", "à capuche"], materials: ["polyester recyclé"], sizes: LETTER_SIZES, euros: [49, 109] },
      { noun: "Sweat", styles: ["à capuche", "zippé", "de training", "col rond", "oversize"], materials: ["molleton de coton bio"], sizes: LETTER_SIZES, euros: [39, 69] },
    ],
    colours: ["Noir", "Anthracite", "Bleu marine", "Vert sapin", "Lilas", "Corail", "Gris chiné"],
    brands: ["Élan", "Vitrine Sport", "Côte Sauvage"],
    openers: [
      "Testé par les coureurs du club {brand} avant d'arriver en boutique.",
      "Une pièce technique qui suit tous vos mouvements.",
      "Léger et respirant, pensé pour l'effort comme pour la récupération.",
    ],
    closers: [
      "Détails réfléchissants pour être vu à la tombée de la nuit.",
      "Lavage en machine à 30 °C, sans adoucissant.",
      "Poche zippée pour garder clés et carte sur soi.",
    ],
  },
  {
    slug: "enfant",
    name: "Enfant",
    types: [
      { noun: "T-shirt enfant", styles: ["rayé", "imprimé", "à manches longues", "brodé"], materials: ["coton bio"], sizes: KIDS_SIZES, euros: [12, 22] },
      { noun: "Robe enfant", styles: ["fleurie", "à smocks", "à volants", "chasuble"], materials: ["coton bio", "gaze de coton", "velours côtelé"], sizes: KIDS_SIZES, euros: [25, 45] },
      { noun: "Pull enfant", styles: ["marinière", "col rond", "jacquard", "torsadé"], materials: ["coton bio", "laine mérinos"], sizes: KIDS_SIZES, euros: [25, 45] },
      { noun: "Pantalon enfant", styles: ["jogging", "chino", "à revers"], materials: ["molleton de coton bio", "toile de coton", "velours côtelé"], sizes: KIDS_SIZES, euros: [19, 35] },
      { noun: "Salopette enfant", styles: ["courte", "longue", "à bretelles croisées"], materials: ["denim", "velours côtelé", "toile de coton"], sizes: KIDS_SIZES, euros: [29, 49] },
      { noun: "Baskets enfant", styles: ["à scratch", "montantes", "basses"], materials: ["cuir", "toile de coton"], sizes: KIDS_SHOE_SIZES, euros: [35, 55] },
    ],
    colours: ["Bleu ciel", "Rose poudré", "Moutarde", "Vert sauge", "Rouge", "Bleu marine", "Écru", "Corail"],
    brands: ["Petit Mistral", "Les Mômes", "Vitrine Essentiels"],
    openers: [
      "Une pièce solide, imaginée par {brand} pour les enfants qui bougent.",
      "Confortable et facile à enfiler, même les matins pressés.",
      "Pensée pour grandir avec eux et passer au petit frère ou à la petite sœur.",
    ],
    closers: [
      "Genoux et coudes renforcés là où ça s'use.",
      "Lavage en machine à 40 °C.",
      "Taille normalement ; prenez la taille au-dessus pour la porter plus longtemps.",
    ],
  },
];
