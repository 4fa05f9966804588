// GET /api/v1/network-presets - example postback formats to start a network from
import { route } from "@/lib/http/route";
import { networkPresets } from "@/lib/networks/presets";

export const GET = route({ permission: "networks:read" }, async () => ({ presets: networkPresets }));
