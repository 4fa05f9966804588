import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { getEnv } from "../env";
import { verifyPassword } from "./password";

const credentialsSchema = z.object({ email: z.email().trim().toLowerCase(), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  secret: getEnv().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: getEnv().RICOCHET_SESSION_HOURS * 3600 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = getDb();
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        const ok = user ? await verifyPassword(parsed.data.password, user.passwordHash) : false;
        if (!user || !ok || !user.active) return null;
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await recordAudit(db, { type: "user", id: user.id, label: user.email }, "user.sign_in", {
          type: "user",
          id: user.id,
        });
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? "", role: token.role, sessionVersion: token.sessionVersion };
      return session;
    },
  },
};
