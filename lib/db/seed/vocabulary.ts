import type { ColourName } from "../../catalog/images";

/**
 * The words the catalog generator assembles into French product names and descriptions.
 * Names are `${noun} ${style} ${material}` ("Robe portefeuille en lin"): styles are written
 * already agreed with their noun, and every noun starts the slug, which is how the image
 * drawings recognise the product type (lib/catalog/images.ts).
 *
 * Beside each French word sits its English (docs/catalog-languages.md): the generator assembles
 * the English name from the same picks, as `${style} ${noun} in ${material}` ("Wrap dress in
 * linen", "Pleated midi skirt in corduroy").
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
  /** The material in English, as it follows "in" in a name ("Wrap dress in linen"). */
  en: string;
  sentence: string;
  sentenceEn: string;
}

export const MATERIALS = {
  lin: { premium: 1.1, en: "linen", sentence: "Le lin, respirant et naturellement thermorégulateur, se patine joliment au fil des lavages.", sentenceEn: "Linen breathes and keeps you cool, and softens beautifully wash after wash." },
  "lin lavé": { premium: 1.2, en: "washed linen", sentence: "Le lin lavé, souple dès le premier jour, apporte un froissé naturel et élégant.", sentenceEn: "Washed linen is soft from the first day, with a natural, elegant crumple." },
  "coton bio": { premium: 1, en: "organic cotton", sentence: "Son coton biologique certifié GOTS est doux au toucher et cultivé sans pesticides de synthèse.", sentenceEn: "GOTS-certified organic cotton, soft to the touch and grown without synthetic pesticides." },
  "popeline de coton": { premium: 1, en: "cotton poplin", sentence: "La popeline de coton, fine et serrée, offre un tombé net et un toucher frais.", sentenceEn: "Fine, tightly woven cotton poplin hangs crisply and feels cool on the skin." },
  "flanelle de coton": { premium: 1.1, en: "cotton flannel", sentence: "La flanelle de coton grattée, chaude et douce, est parfaite pour la mi-saison.", sentenceEn: "Brushed cotton flannel, warm and soft, made for the in-between seasons." },
  "gaze de coton": { premium: 1, en: "cotton gauze", sentence: "La gaze de coton double épaisseur, légère et gaufrée, s’assouplit à chaque lavage.", sentenceEn: "Light, crinkled double cotton gauze that gets softer with every wash." },
  "toile de coton": { premium: 0.9, en: "cotton canvas", sentence: "Une toile de coton robuste, pensée pour le quotidien et les lavages fréquents.", sentenceEn: "A sturdy cotton canvas, made for everyday wear and frequent washing." },
  "molleton de coton bio": { premium: 1, en: "organic cotton fleece", sentence: "Un molleton de coton bio gratté à l’intérieur, épais et douillet.", sentenceEn: "Organic cotton fleece, brushed on the inside, thick and cosy." },
  "percale de coton": { premium: 1, en: "cotton percale", sentence: "La percale de coton, au tissage serré de 80 fils au centimètre carré, offre un toucher frais et mat.", sentenceEn: "Cotton percale with a tight 80-thread-per-square-centimetre weave feels cool and matt." },
  "satin de coton": { premium: 1.1, en: "cotton sateen", sentence: "Le satin de coton, lisse et légèrement brillant, glisse agréablement sur la peau.", sentenceEn: "Smooth cotton sateen with a soft sheen that glides over the skin." },
  "éponge de coton": { premium: 1, en: "cotton terry", sentence: "Une éponge de coton bouclée de 550 g/m², épaisse et très absorbante.", sentenceEn: "Thick, highly absorbent 550 g/m² cotton terry." },
  viscose: { premium: 0.9, en: "viscose", sentence: "La viscose donne un tombé fluide et un toucher soyeux, agréable même par temps chaud.", sentenceEn: "Viscose drapes fluidly and feels silky, pleasant even on hot days." },
  crêpe: { premium: 1, en: "crepe", sentence: "Le crêpe légèrement granité ne se froisse presque pas : idéal en voyage.", sentenceEn: "Lightly grained crepe barely creases: ideal for travelling." },
  soie: { premium: 1.6, en: "silk", sentence: "La soie, légère et lumineuse, caresse la peau et accroche joliment la lumière.", sentenceEn: "Light, luminous silk that feels gentle on the skin and catches the light." },
  "laine mérinos": { premium: 1.3, en: "merino wool", sentence: "La laine mérinos extra-fine tient chaud sans épaisseur et ne gratte pas.", sentenceEn: "Extra-fine merino wool keeps you warm without bulk and never itches." },
  cachemire: { premium: 2, en: "cashmere", sentence: "Le cachemire, d’une douceur incomparable, gagne en moelleux avec le temps.", sentenceEn: "Incomparably soft cashmere that only gets cosier with time." },
  "laine et alpaga": { premium: 1.4, en: "wool and alpaca", sentence: "Le mélange laine et alpaga apporte chaleur et légèreté, avec un aspect légèrement duveteux.", sentenceEn: "A wool and alpaca blend, warm yet light, with a softly brushed look." },
  laine: { premium: 1.3, en: "wool", sentence: "Un drap de laine dense qui coupe le vent et garde la chaleur.", sentenceEn: "A dense wool cloth that keeps out the wind and holds in the warmth." },
  "laine bouillie": { premium: 1.3, en: "boiled wool", sentence: "La laine bouillie, compacte et souple, tient chaud sans alourdir la silhouette.", sentenceEn: "Compact, supple boiled wool keeps you warm without weighing you down." },
  denim: { premium: 1, en: "denim", sentence: "Un denim de 12 oz au tissage sergé, qui se patine à votre image.", sentenceEn: "A 12 oz twill denim that fades to fit the way you wear it." },
  "velours côtelé": { premium: 1.1, en: "corduroy", sentence: "Le velours côtelé, doux et chaleureux, apporte une touche rétro assumée.", sentenceEn: "Soft, warm corduroy with an unapologetically retro feel." },
  "gabardine de coton": { premium: 1.2, en: "cotton gabardine", sentence: "La gabardine de coton, au tissage serré, résiste au vent et aux petites pluies.", sentenceEn: "Tightly woven cotton gabardine that stands up to wind and light showers." },
  cuir: { premium: 1.5, en: "leather", sentence: "Un cuir pleine fleur tanné au végétal, qui se patine avec élégance.", sentenceEn: "Vegetable-tanned full-grain leather that ages with character." },
  daim: { premium: 1.4, en: "suede", sentence: "Le daim au toucher velouté habille la pièce d’une élégance décontractée.", sentenceEn: "Velvety suede lends a relaxed elegance." },
  raphia: { premium: 1, en: "raffia", sentence: "Le raphia tressé à la main apporte une touche estivale et artisanale.", sentenceEn: "Hand-woven raffia brings a summery, handcrafted touch." },
  "polyester recyclé": { premium: 0.9, en: "recycled polyester", sentence: "Son polyester recyclé, issu de bouteilles plastiques, sèche vite et reste léger.", sentenceEn: "Recycled polyester made from plastic bottles: quick-drying and light." },
  "jersey technique": { premium: 1, en: "technical jersey", sentence: "Un jersey technique respirant qui évacue la transpiration et sèche en un rien de temps.", sentenceEn: "A breathable technical jersey that wicks sweat away and dries in no time." },
} satisfies Record<string, Material>;

export type MaterialName = keyof typeof MATERIALS;

export interface ProductType {
  noun: string;
  /** The English noun, lower case unless it is a proper one ("dress", "T-shirt"). */
  nounEn: string;
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
  nameEn: string;
  types: readonly ProductType[];
  colours: readonly ColourName[];
  brands: readonly string[];
  /** First sentence of a description; `{brand}` is replaced. */
  openers: readonly string[];
  /** Last sentence: how to wear or use it, care. */
  closers: readonly string[];
  /** The same sentences in English, in the same order (the generator takes the one at the French one's index). */
  openersEn: readonly string[];
  closersEn: readonly string[];
}

const FASHION_BRANDS = ["Atelier Sauge", "Maison Fleuve", "Belle-Île", "Oréade", "Côte Sauvage", "Vitrine Essentiels"];

export const CATEGORIES: readonly CategoryVocabulary[] = [
  {
    slug: "robes",
    name: "Robes & jupes",
    nameEn: "Dresses & skirts",
    types: [
      {
        noun: "Robe", nounEn: "dress",
        styles: ["portefeuille", "chemise", "midi plissée", "longue fleurie", "courte à volants", "trapèze", "droite", "à bretelles", "smockée", "rayée"],
        materials: ["lin", "coton bio", "viscose", "crêpe", "soie", "lin lavé", "gaze de coton"],
        sizes: LETTER_SIZES,
        euros: [39, 139],
      },
      {
        noun: "Jupe", nounEn: "skirt",
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
      "Dessinée dans l’atelier {brand}, elle se porte du matin au soir.",
      "Un essentiel de la garde-robe, à la ligne intemporelle.",
    ],
    closers: [
      "À porter avec des sandales l’été ou des bottines à la mi-saison.",
      "Lavage en machine à 30 °C, séchage à plat.",
      "Notre mannequin mesure 1,76 m et porte une taille S.",
    ],
    openersEn: [
      "A feminine, easy-to-wear piece by {brand}.",
      "Cut to flatter the figure without ever constraining it.",
      "Designed in the {brand} studio, to wear from morning to night.",
      "A wardrobe essential with a timeless line.",
    ],
    closersEn: [
      "Wear it with sandals in summer or ankle boots in spring and autumn.",
      "Machine wash at 30 °C, dry flat.",
      "Our model is 1.76 m tall and wears a size S.",
    ],
  },
  {
    slug: "chemises",
    name: "Chemises & blouses",
    nameEn: "Shirts & blouses",
    types: [
      {
        noun: "Chemise", nounEn: "shirt",
        styles: ["Oxford", "à col officier", "ajustée", "oversize", "rayée", "à carreaux", "à manches courtes", "droite"],
        materials: ["coton bio", "popeline de coton", "lin", "lin lavé", "flanelle de coton"],
        sizes: LETTER_SIZES,
        euros: [39, 89],
      },
      {
        noun: "Blouse", nounEn: "blouse",
        styles: ["fluide", "brodée", "à col lavallière", "à manches bouffantes", "imprimée", "à volants"],
        materials: ["viscose", "soie", "crêpe", "coton bio", "gaze de coton"],
        sizes: LETTER_SIZES,
        euros: [35, 99],
      },
      {
        noun: "Surchemise", nounEn: "overshirt",
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
    openersEn: [
      "A well-cut shirt by {brand} that makes all the difference.",
      "Crisp collar, discreet buttons: a piece that goes from the office to the weekend.",
      "Designed by {brand} to be worn tucked in or open over a T-shirt.",
    ],
    closersEn: [
      "Corozo buttons, a natural alternative to plastic.",
      "Machine wash at 30 °C, iron on a low setting.",
      "Wear it with raw denim or pleated trousers.",
    ],
  },
  {
    slug: "pulls",
    name: "Pulls & gilets",
    nameEn: "Sweaters & cardigans",
    types: [
      {
        noun: "Pull", nounEn: "sweater",
        styles: ["col rond", "col roulé", "col V", "torsadé", "marinière", "oversize", "côtelé"],
        materials: ["laine mérinos", "cachemire", "coton bio", "laine et alpaga"],
        sizes: LETTER_SIZES,
        euros: [45, 119],
      },
      {
        noun: "Gilet", nounEn: "cardigan",
        styles: ["boutonné", "long", "court", "col V", "torsadé"],
        materials: ["laine mérinos", "cachemire", "coton bio", "laine et alpaga"],
        sizes: LETTER_SIZES,
        euros: [49, 119],
      },
      {
        noun: "Sweat", nounEn: "sweatshirt",
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
      "Le pull qu’on ressort chaque hiver, toujours avec le même plaisir.",
      "Une maille douce et chaleureuse, à superposer sans compter.",
    ],
    closers: [
      "Lavage à la main ou en machine sur un programme laine, séchage à plat.",
      "Se porte seul ou sur une chemise pour un style plus habillé.",
      "Tricoté au Portugal.",
    ],
    openersEn: [
      "A generous knit, made for {brand} in a family-run workshop.",
      "The sweater you bring out every winter, with the same pleasure every time.",
      "A soft, warm knit to layer as much as you like.",
    ],
    closersEn: [
      "Hand wash or machine wash on a wool cycle, dry flat.",
      "Wear it on its own or over a shirt for a smarter look.",
      "Knitted in Portugal.",
    ],
  },
  {
    slug: "pantalons",
    name: "Pantalons & jeans",
    nameEn: "Trousers & jeans",
    types: [
      {
        noun: "Pantalon", nounEn: "trousers",
        styles: ["large", "droit", "à pinces", "cigarette", "fluide", "cargo", "à taille élastiquée"],
        materials: ["lin", "laine", "velours côtelé", "viscose", "crêpe", "toile de coton"],
        sizes: FR_SIZES,
        euros: [45, 109],
      },
      {
        noun: "Jean", nounEn: "jeans",
        styles: ["droit", "slim", "large", "flare", "mom", "brut"],
        materials: ["denim"],
        sizes: FR_SIZES,
        euros: [49, 119],
      },
      {
        noun: "Chino", nounEn: "chinos",
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
      "Taille haute et jambe travaillée : la silhouette s’allonge naturellement.",
      "Le pantalon du quotidien, confortable du matin au soir.",
    ],
    closers: [
      "Ourlet brut à ajuster selon votre taille.",
      "Lavage en machine à 30 °C, sur l’envers.",
      "Notre mannequin mesure 1,78 m et porte une taille 38.",
    ],
    openersEn: [
      "A precise cut, designed by {brand} to hang just right.",
      "High waist and a well-shaped leg: a naturally longer silhouette.",
      "Everyday trousers, comfortable from morning to night.",
    ],
    closersEn: [
      "Raw hem to adjust to your height.",
      "Machine wash at 30 °C, inside out.",
      "Our model is 1.78 m tall and wears a size 38.",
    ],
  },
  {
    slug: "vestes-manteaux",
    name: "Vestes & manteaux",
    nameEn: "Jackets & coats",
    types: [
      {
        noun: "Veste", nounEn: "jacket",
        styles: ["de tailleur", "croisée", "courte", "matelassée", "workwear", "cintrée"],
        materials: ["laine", "lin", "velours côtelé", "denim", "toile de coton", "laine bouillie"],
        sizes: LETTER_SIZES,
        euros: [79, 169],
      },
      {
        noun: "Blazer", nounEn: "blazer",
        styles: ["droit", "croisé", "oversize", "cintré"],
        materials: ["laine", "lin", "crêpe", "velours côtelé"],
        sizes: LETTER_SIZES,
        euros: [99, 189],
      },
      {
        noun: "Manteau", nounEn: "coat",
        styles: ["long", "droit", "croisé", "ceinturé", "oversize", "à capuche"],
        materials: ["laine", "laine bouillie", "cachemire", "laine et alpaga"],
        sizes: LETTER_SIZES,
        euros: [129, 199],
      },
      {
        noun: "Trench", nounEn: "trench coat",
        styles: ["classique", "court", "ceinturé", "oversize"],
        materials: ["gabardine de coton"],
        sizes: LETTER_SIZES,
        euros: [129, 199],
      },
      {
        noun: "Parka", nounEn: "parka",
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
      "Épaules structurées et longueur étudiée : elle habille tout ce qu’elle couvre.",
      "La pièce qui termine une tenue, de la rentrée aux premiers froids.",
    ],
    closers: [
      "Doublure en viscose, deux poches passepoilées et une poche intérieure.",
      "Nettoyage à sec recommandé.",
      "Se porte ouvert sur une maille ou fermé sur une chemise.",
    ],
    openersEn: [
      "A statement piece, built by {brand} to last for several seasons.",
      "Structured shoulders and a considered length: it lifts whatever it covers.",
      "The piece that finishes an outfit, from autumn to the first frosts.",
    ],
    closersEn: [
      "Viscose lining, two piped pockets and an inside pocket.",
      "Dry cleaning recommended.",
      "Wear it open over a knit or closed over a shirt.",
    ],
  },
  {
    slug: "chaussures",
    name: "Chaussures",
    nameEn: "Shoes",
    types: [
      { noun: "Baskets", nounEn: "sneakers", styles: ["basses", "montantes", "rétro", "à lacets", "à scratch", "minimalistes", "à semelle épaisse"], materials: ["cuir", "daim", "toile de coton"], sizes: SHOE_SIZES, euros: [59, 109] },
      { noun: "Bottines", nounEn: "ankle boots", styles: ["chelsea", "à talon", "à lacets", "plates", "zippées", "à talon carré", "western"], materials: ["cuir", "daim"], sizes: SHOE_SIZES, euros: [89, 129] },
      { noun: "Mocassins", nounEn: "loafers", styles: ["à pampilles", "classiques", "souples", "à chaîne"], materials: ["cuir", "daim"], sizes: SHOE_SIZES, euros: [79, 119] },
      { noun: "Derbies", nounEn: "derby shoes", styles: ["classiques", "à semelle crantée", "plates", "à bout golf", "vernies"], materials: ["cuir"], sizes: SHOE_SIZES, euros: [89, 119] },
      { noun: "Ballerines", nounEn: "ballet flats", styles: ["plates", "à bride", "pointues", "à nœud"], materials: ["cuir", "daim"], sizes: SHOE_SIZES, euros: [49, 89] },
    ],
    colours: ["Noir", "Blanc", "Camel", "Marron", "Bordeaux", "Beige", "Bleu marine"],
    brands: ["Pas de Loup", "Cordonnerie Valmy", "Côte Sauvage", "Vitrine Essentiels"],
    openers: [
      "Montées à la main par {brand} dans un atelier du Portugal.",
      "Une paire confortable dès le premier jour, qui s’adapte à tous les styles.",
      "Un classique revisité, avec une semelle pensée pour marcher toute la journée.",
    ],
    closers: [
      "Semelle intérieure en cuir amovible, semelle extérieure en caoutchouc naturel.",
      "Chaussant normal : prenez votre pointure habituelle.",
      "Nourrir le cuir régulièrement avec une crème incolore.",
    ],
    openersEn: [
      "Hand-made by {brand} in a workshop in Portugal.",
      "A pair that is comfortable from day one and goes with every style.",
      "A classic revisited, with a sole made for walking all day.",
    ],
    closersEn: [
      "Removable leather insole, natural rubber outsole.",
      "True to size: take your usual size.",
      "Feed the leather regularly with a neutral cream.",
    ],
  },
  {
    slug: "sacs-accessoires",
    name: "Sacs & accessoires",
    nameEn: "Bags & accessories",
    types: [
      { noun: "Sac", nounEn: "bag", styles: ["à main", "seau", "besace", "bandoulière", "porté épaule", "à dos"], materials: ["cuir", "daim", "toile de coton"], sizes: [ONE_SIZE], euros: [69, 169] },
      { noun: "Cabas", nounEn: "tote bag", styles: ["réversible", "tressé", "de marché", "zippé"], materials: ["toile de coton", "cuir", "raphia"], sizes: [ONE_SIZE], euros: [29, 119] },
      { noun: "Pochette", nounEn: "clutch", styles: ["matelassée", "enveloppe", "de soirée", "zippée"], materials: ["cuir", "daim", "velours côtelé"], sizes: [ONE_SIZE], euros: [35, 79] },
      { noun: "Écharpe", nounEn: "scarf", styles: ["longue", "à franges", "à carreaux", "côtelée"], materials: ["laine mérinos", "cachemire", "laine et alpaga", "lin"], sizes: [ONE_SIZE], euros: [29, 79] },
      { noun: "Foulard", nounEn: "silk scarf", styles: ["carré", "imprimé", "rayé"], materials: ["soie", "viscose"], sizes: [ONE_SIZE], euros: [25, 59] },
      { noun: "Bonnet", nounEn: "beanie", styles: ["côtelé", "à revers", "à pompon", "torsadé"], materials: ["laine mérinos", "cachemire", "laine et alpaga"], sizes: [ONE_SIZE], euros: [19, 45] },
    ],
    colours: ["Noir", "Camel", "Marron", "Bordeaux", "Écru", "Beige", "Kaki", "Terracotta"],
    brands: ["Maroquinerie Lys", "Atelier Sauge", "Oréade", "Vitrine Essentiels"],
    openers: [
      "L’accessoire qui signe une tenue, imaginé par {brand}.",
      "Fonctionnel et élégant, il vous accompagne partout.",
      "Un accessoire durable, fabriqué en petite série.",
    ],
    closers: [
      "Finitions soignées et coutures renforcées aux points de tension.",
      "Livré dans un pochon en coton réutilisable.",
      "Une pièce à offrir… ou à s’offrir.",
    ],
    openersEn: [
      "The accessory that makes the outfit, designed by {brand}.",
      "Practical and elegant, it goes everywhere with you.",
      "A durable accessory, made in small batches.",
    ],
    closersEn: [
      "Careful finishing and stitching reinforced at the stress points.",
      "Delivered in a reusable cotton pouch.",
      "A gift for someone… or for yourself.",
    ],
  },
  {
    slug: "maison",
    name: "Linge de maison",
    nameEn: "Home linen",
    types: [
      {
        noun: "Housse de couette", nounEn: "duvet cover",
        styles: ["unie", "rayée", "brodée", "à volants"],
        materials: ["lin lavé", "percale de coton", "satin de coton", "gaze de coton"],
        sizes: ["140 × 200 cm", "220 × 240 cm", "240 × 260 cm"],
        euros: [69, 149],
        sizeStepCents: 2000,
      },
      {
        noun: "Drap housse", nounEn: "fitted sheet",
        styles: ["uni", "à bonnet profond", "à volants"],
        materials: ["percale de coton", "lin lavé", "satin de coton"],
        sizes: ["90 × 190 cm", "140 × 190 cm", "160 × 200 cm", "180 × 200 cm"],
        euros: [29, 69],
        sizeStepCents: 500,
      },
      {
        noun: "Nappe", nounEn: "tablecloth",
        styles: ["unie", "à carreaux", "brodée", "enduite"],
        materials: ["lin", "lin lavé", "coton bio"],
        sizes: ["150 × 150 cm", "150 × 250 cm", "150 × 300 cm"],
        euros: [35, 79],
        sizeStepCents: 1000,
      },
      {
        noun: "Serviette de bain", nounEn: "bath towel",
        styles: ["douce", "gaufrée", "à liteaux"],
        materials: ["éponge de coton", "gaze de coton", "lin"],
        sizes: ["50 × 100 cm", "70 × 140 cm", "100 × 150 cm"],
        euros: [15, 35],
        sizeStepCents: 800,
      },
      { noun: "Plaid", nounEn: "throw", styles: ["à franges", "tricoté", "réversible", "à carreaux"], materials: ["laine et alpaga", "laine mérinos", "coton bio", "cachemire"], sizes: ["130 × 170 cm"], euros: [49, 119] },
      { noun: "Coussin", nounEn: "cushion", styles: ["brodé", "à franges", "uni", "tressé"], materials: ["lin lavé", "velours côtelé", "coton bio"], sizes: ["45 × 45 cm"], euros: [25, 49] },
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
    openersEn: [
      "Home linen woven for {brand} in the Vosges.",
      "A touch of softness for a home that feels like you.",
      "Simple, beautiful textiles made for everyday life.",
    ],
    closersEn: [
      "Machine wash at 40 °C; softer with every wash.",
      "OEKO-TEX Standard 100 certified.",
      "Pair it with the rest of the collection for a matching set.",
    ],
  },
  {
    slug: "sport",
    name: "Sport",
    nameEn: "Sport",
    types: [
      { noun: "Legging", nounEn: "leggings", styles: ["de yoga", "de running", "taille haute", "gainant", "7/8", "de training", "côtelé"], materials: ["jersey technique", "polyester recyclé", "coton bio"], sizes: LETTER_SIZES, euros: [29, 59] },
      { noun: "T-shirt", nounEn: "T-shirt", styles: ["de running", "respirant", "sans coutures", "à manches longues", "de training", "col V", "oversize"], materials: ["jersey technique", "polyester recyclé"], sizes: LETTER_SIZES, euros: [19, 39] },
      { noun: "Débardeur", nounEn: "tank top", styles: ["de running", "dos nageur", "de yoga", "respirant"], materials: ["jersey technique", "polyester recyclé", "coton bio"], sizes: LETTER_SIZES, euros: [15, 35] },
      { noun: "Short", nounEn: "shorts", styles: ["de running", "de training", "2-en-1", "de yoga", "cycliste", "ample"], materials: ["polyester recyclé", "jersey technique"], sizes: LETTER_SIZES, euros: [24, 45] },
      { noun: "Veste", nounEn: "jacket", styles: ["coupe-vent", "de running", "zippée", "déperlante", "légère", "à capuche"], materials: ["polyester recyclé"], sizes: LETTER_SIZES, euros: [49, 109] },
      { noun: "Sweat", nounEn: "sweatshirt", styles: ["à capuche", "zippé", "de training", "col rond", "oversize"], materials: ["molleton de coton bio"], sizes: LETTER_SIZES, euros: [39, 69] },
    ],
    colours: ["Noir", "Anthracite", "Bleu marine", "Vert sapin", "Lilas", "Corail", "Gris chiné"],
    brands: ["Élan", "Vitrine Sport", "Côte Sauvage"],
    openers: [
      "Testé par les coureurs du club {brand} avant d’arriver en boutique.",
      "Une pièce technique qui suit tous vos mouvements.",
      "Léger et respirant, pensé pour l’effort comme pour la récupération.",
    ],
    closers: [
      "Détails réfléchissants pour être vu à la tombée de la nuit.",
      "Lavage en machine à 30 °C, sans adoucissant.",
      "Poche zippée pour garder clés et carte sur soi.",
    ],
    openersEn: [
      "Tested by the runners of the {brand} club before reaching the shop.",
      "A technical piece that follows your every move.",
      "Light and breathable, made for the effort and for recovery.",
    ],
    closersEn: [
      "Reflective details to be seen at dusk.",
      "Machine wash at 30 °C, no fabric softener.",
      "Zipped pocket to keep keys and card on you.",
    ],
  },
  {
    slug: "enfant",
    name: "Enfant",
    nameEn: "Kids",
    types: [
      { noun: "T-shirt enfant", nounEn: "kids' T-shirt", styles: ["rayé", "imprimé", "à manches longues", "brodé"], materials: ["coton bio"], sizes: KIDS_SIZES, euros: [12, 22] },
      { noun: "Robe enfant", nounEn: "kids' dress", styles: ["fleurie", "à smocks", "à volants", "chasuble"], materials: ["coton bio", "gaze de coton", "velours côtelé"], sizes: KIDS_SIZES, euros: [25, 45] },
      { noun: "Pull enfant", nounEn: "kids' sweater", styles: ["marinière", "col rond", "jacquard", "torsadé"], materials: ["coton bio", "laine mérinos"], sizes: KIDS_SIZES, euros: [25, 45] },
      { noun: "Pantalon enfant", nounEn: "kids' trousers", styles: ["jogging", "chino", "à revers"], materials: ["molleton de coton bio", "toile de coton", "velours côtelé"], sizes: KIDS_SIZES, euros: [19, 35] },
      { noun: "Salopette enfant", nounEn: "kids' dungarees", styles: ["courte", "longue", "à bretelles croisées"], materials: ["denim", "velours côtelé", "toile de coton"], sizes: KIDS_SIZES, euros: [29, 49] },
      { noun: "Baskets enfant", nounEn: "kids' sneakers", styles: ["à scratch", "montantes", "basses"], materials: ["cuir", "toile de coton"], sizes: KIDS_SHOE_SIZES, euros: [35, 55] },
    ],
    colours: ["Bleu ciel", "Rose poudré", "Moutarde", "Vert sauge", "Rouge", "Bleu marine", "Écru", "Corail"],
    brands: ["Petit Mistral", "Les Mômes", "Vitrine Essentiels"],
    openers: [
      "Une pièce solide, imaginée par {brand} pour les enfants qui bougent.",
      "Confortable et facile à enfiler, même les matins pressés.",
      "Pensée pour grandir avec eux et passer au petit frère ou à la petite sœur.",
    ],
    closers: [
      "Genoux et coudes renforcés là où ça s’use.",
      "Lavage en machine à 40 °C.",
      "Taille normalement ; prenez la taille au-dessus pour la porter plus longtemps.",
    ],
    openersEn: [
      "A sturdy piece, designed by {brand} for children on the move.",
      "Comfortable and easy to put on, even on rushed mornings.",
      "Made to grow with them and be handed down to a little brother or sister.",
    ],
    closersEn: [
      "Reinforced knees and elbows where it wears.",
      "Machine wash at 40 °C.",
      "True to size; take the next size up to wear it longer.",
    ],
  },
];

/**
 * French styles in English, one adjective for every agreement ("courte", "court" → "short"), set
 * before the English noun.
 */
export const STYLES_EN: Readonly<Record<string, string>> = {
  "2-en-1": "2-in-1",
  "7/8": "7/8",
  Oxford: "Oxford",
  ajusté: "slim-fit",
  ajustée: "slim-fit",
  ample: "loose",
  bandoulière: "crossbody",
  basses: "low-top",
  besace: "hobo",
  boutonné: "button-front",
  boutonnée: "button-front",
  brodé: "embroidered",
  brodée: "embroidered",
  brut: "raw",
  cargo: "cargo",
  carré: "square",
  ceinturé: "belted",
  chasuble: "pinafore",
  chelsea: "Chelsea",
  chemise: "shirt",
  chino: "chino",
  cigarette: "cigarette",
  cintré: "fitted",
  cintrée: "fitted",
  classique: "classic",
  classiques: "classic",
  "col V": "V-neck",
  "col rond": "crew-neck",
  "col roulé": "roll-neck",
  "coupe-vent": "windproof",
  court: "short",
  courte: "short",
  "courte à volants": "short ruffled",
  croisé: "double-breasted",
  croisée: "double-breasted",
  cycliste: "cycling",
  côtelé: "ribbed",
  côtelée: "ribbed",
  "de marché": "market",
  "de running": "running",
  "de soirée": "evening",
  "de tailleur": "tailored",
  "de training": "training",
  "de yoga": "yoga",
  "dos nageur": "racerback",
  douce: "soft",
  droit: "straight",
  droite: "straight",
  déperlante: "water-repellent",
  enduite: "coated",
  enveloppe: "envelope",
  flare: "flared",
  fleurie: "floral",
  fluide: "flowing",
  gainant: "sculpting",
  gaufrée: "waffle",
  imperméable: "waterproof",
  imprimé: "printed",
  imprimée: "printed",
  jacquard: "jacquard",
  jogging: "jogger",
  large: "wide-leg",
  long: "long",
  longue: "long",
  "longue fleurie": "long floral",
  léger: "lightweight",
  légère: "lightweight",
  marinière: "Breton-stripe",
  matelassée: "quilted",
  "midi plissée": "pleated midi",
  minimalistes: "minimalist",
  mom: "mom",
  montantes: "high-top",
  oversize: "oversized",
  plates: "flat",
  pointues: "pointed",
  portefeuille: "wrap",
  "porté épaule": "shoulder",
  rayé: "striped",
  rayée: "striped",
  respirant: "breathable",
  rétro: "retro",
  réversible: "reversible",
  "sans coutures": "seamless",
  seau: "bucket",
  slim: "slim",
  smockée: "smocked",
  souples: "soft",
  "taille haute": "high-waisted",
  torsadé: "cable-knit",
  trapèze: "A-line",
  tressé: "woven",
  tricoté: "knitted",
  uni: "plain",
  unie: "plain",
  vernies: "patent",
  western: "western",
  workwear: "workwear",
  zippé: "zip-up",
  zippée: "zip-up",
  zippées: "zip-up",
  "à bonnet profond": "deep-pocket",
  "à bout golf": "wingtip",
  "à bretelles": "strappy",
  "à bretelles croisées": "cross-strap",
  "à bride": "ankle-strap",
  "à capuche": "hooded",
  "à carreaux": "checked",
  "à chaîne": "chain",
  "à col lavallière": "pussy-bow",
  "à col officier": "band-collar",
  "à dos": "back",
  "à franges": "fringed",
  "à lacets": "lace-up",
  "à liteaux": "striped-border",
  "à main": "hand",
  "à manches bouffantes": "puff-sleeve",
  "à manches courtes": "short-sleeved",
  "à manches longues": "long-sleeved",
  "à nœud": "bow",
  "à pampilles": "tassel",
  "à pinces": "pleated",
  "à poches plaquées": "patch-pocket",
  "à pompon": "pom-pom",
  "à revers": "cuffed",
  "à scratch": "hook-and-loop",
  "à semelle crantée": "lug-sole",
  "à semelle épaisse": "chunky-sole",
  "à smocks": "smocked",
  "à taille élastiquée": "elastic-waist",
  "à talon": "heeled",
  "à talon carré": "block-heel",
  "à volants": "ruffled",
  épaisse: "heavyweight",
};

/** Where English says it in one word, or the adjective alone would read wrong ("hand bag", "flat ballet flats"). */
export const NAMES_EN: Readonly<Record<string, string>> = {
  "Sac à main": "handbag",
  "Sac à dos": "backpack",
  "Robe chemise": "shirt dress",
  "Ballerines plates": "classic ballet flats",
  "Veste courte": "cropped jacket",
  "Gilet court": "cropped cardigan",
  "Pantalon enfant jogging": "kids' joggers",
  "Pantalon enfant chino": "kids' chinos",
};

/** The demo's colours in English: a glossary (catalog_terms), not a product's own text. */
export const COLOURS_EN: Readonly<Record<ColourName, string>> = {
  Noir: "Black",
  Blanc: "White",
  Écru: "Ecru",
  Beige: "Beige",
  Sable: "Sand",
  Camel: "Camel",
  Marron: "Brown",
  "Bleu marine": "Navy blue",
  "Bleu ciel": "Sky blue",
  Indigo: "Indigo",
  "Vert sauge": "Sage green",
  Kaki: "Khaki",
  "Vert sapin": "Forest green",
  Rouge: "Red",
  Bordeaux: "Burgundy",
  Terracotta: "Terracotta",
  "Rose poudré": "Powder pink",
  Moutarde: "Mustard",
  "Gris chiné": "Heather grey",
  Anthracite: "Charcoal",
  Lilas: "Lilac",
  Corail: "Coral",
};

/** A size in English: "Taille unique" → "One size", "4 ans" → "Age 4"; the rest (S, 38, 140 × 200 cm) reads the same. */
export function sizeEn(size: string): string {
  if (size === ONE_SIZE) return "One size";
  const age = /^(\d+) ans$/.exec(size);
  return age ? `Age ${age[1]}` : size;
}
