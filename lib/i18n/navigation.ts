import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Links, redirects and the router that keep the current page's language in the URL. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
