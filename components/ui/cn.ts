import clsx, { type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

// twMerge lets a class passed by the caller (w-28, px-2) win over a primitive's default.
export const cn = (...values: ClassValue[]) => twMerge(clsx(values));
