import type { Metadata } from "next";
import { AuthPage, authPageTitle } from "@/components/account/auth-page";

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: await authPageTitle("sign-in"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: Props) {
  return <AuthPage mode="sign-in" next={(await searchParams).next} />;
}
