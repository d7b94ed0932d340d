"use client";

import { useEffect, useState } from "react";
import { signedInHint } from "@/lib/auth/signed-in-hint";
import { Link } from "@/lib/i18n/navigation";

/**
 * The header's "Se connecter" / "Mon compte" link: a client island, so the cached page around it
 * is the same for everyone (docs/scaling.md). Until the answer comes it says "sign in", which
 * is also what a visitor without JavaScript sees; /login sends a signed-in shopper on to /account.
 */
export function AccountLink({ signIn, account }: { signIn: string; account: string }) {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    let active = true;
    void signedInHint().then((value) => active && setSignedIn(value));
    return () => {
      active = false;
    };
  }, []);
  return (
    <Link href={signedIn ? "/account" : "/login"} className="underline-offset-4 hover:underline">
      {signedIn ? account : signIn}
    </Link>
  );
}
