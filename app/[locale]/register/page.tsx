import type { Metadata } from "next";
import { AuthPage, authPageTitle } from "@/components/account/auth-page";

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: await authPageTitle("register"), robots: { index: false } };
}

export default async function RegisterPage({ searchParams }: Props) {
  return <AuthPage mode="register" next={(await searchParams).next} />;
}
