/** The online warehouse's location slug (every other location is a store). Its own module so browser code can import it without the queries. */
export const ONLINE_LOCATION = "online";
