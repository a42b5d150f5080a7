// Every API route, in the order the OpenAPI description lists them.
import type { RouteDef } from "../route.ts";
import { documentRoutes } from "./documents.ts";
import { entityRoutes } from "./entities.ts";
import { exploreRoutes } from "./explore.ts";
import { factRoutes } from "./facts.ts";

export const routes: RouteDef[] = [...exploreRoutes, ...documentRoutes, ...entityRoutes, ...factRoutes];
