import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: string;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: string; sessionVersion: number; email?: string | null; name?: string | null };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    role: string;
    sessionVersion: number;
  }
}
