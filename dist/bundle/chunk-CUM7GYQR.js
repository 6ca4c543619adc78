import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  debugStacks,
  describeFailure
} from "./chunk-5LI5HL3L.js";
import {
  STDIN,
  newTable
} from "./chunk-IWYLRV3T.js";
import {
  DIRECTIVE_RULES,
  allRules,
  corpusLineKey,
  readTextFile,
  summarise
} from "./chunk-GR5XH6OE.js";
import {
  readYamlFile,
  validateAgainst
} from "./chunk-UFALB7CG.js";
import {
  TranslintError
} from "./chunk-XHA63K7B.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7ZWMQEER.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/formatters/escape.ts
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(s) {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const n = c.charCodeAt(0);
    return n < 256 ? `\\x${n.toString(16).toUpperCase().padStart(2, "0")}` : `\\u{${n.toString(16).toUpperCase()}}`;
  });
}

// src/formatters/xml.ts
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlEscape(s) {
  return s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}

// src/formatters/paths.ts
import { relative } from "node:path";
function displayPath(filePath, cwd) {
  return filePath.startsWith("<") ? filePath : relative(cwd, filePath) || filePath;
}
function severityName(severity) {
  return severity === 2 ? "error" : severity === 1 ? "warning" : "info";
}

// src/formatters/checkstyle.ts
var checkstyle = (results, { cwd }) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    out += `  <file name="${xmlEscape(displayPath(r.filePath, cwd))}">
`;
    for (const m of r.messages) {
      out += `    <error line="${m.line}" column="${m.column}" severity="${severityName(m.severity)}" message="${xmlEscape(`${m.message} (${m.ruleId})`)}" source="${xmlEscape(`translint.rules.${m.ruleId}`)}" />
`;
    }
    out += "  </file>\n";
  }
  return out + "</checkstyle>\n";
};

// src/formatters/types.ts
function countsOf(r) {
  return [r.errorCount, r.warningCount, r.infoCount, r.fixableErrorCount, r.fixableWarningCount];
}
function collected(stream) {
  return (results, context) => {
    const s = stream(context);
    let out = "";
    for (const r of results) out += s.add(s.render(r));
    return out + s.end();
  };
}

// src/formatters/compact.ts
var compactStream = ({ cwd }) => ({
  render(r) {
    let text = "";
    const file = escapeControl(displayPath(r.filePath, cwd));
    for (const m of r.messages) {
      text += `${file}:${m.line}:${m.column}: ${severityName(m.severity)} ${escapeControl(m.message.replace(/\s*[\r\n]+\s*/g, " "))} [${m.ruleId}]
`;
    }
    return { text, counts: countsOf(r) };
  },
  add: (f) => f.text,
  end: () => ""
});
var compact = collected(compactStream);

// src/formatters/github.ts
var COMMAND = { 2: "error", 1: "warning", 0: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var githubStream = ({ cwd }) => ({
  render(r) {
    let text = "";
    const file = escapeProperty(displayPath(r.filePath, cwd));
    for (const m of r.messages) {
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      text += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}
`;
    }
    return { text, counts: countsOf(r) };
  },
  add: (f) => f.text,
  end: () => ""
});
var github = collected(githubStream);

// src/formatters/json.ts
function entry(r) {
  return {
    filePath: r.filePath,
    language: r.language,
    messages: r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...r.output !== void 0 ? { output: r.output } : {}
  };
}
var jsonStream = () => {
  let first = true;
  return {
    render: (r) => ({ text: JSON.stringify(entry(r)), counts: countsOf(r) }),
    add(f) {
      const s = (first ? "[" : ",") + f.text;
      first = false;
      return s;
    },
    end: () => first ? "[]" : "]"
  };
};
var json = collected(jsonStream);

// src/formatters/junit.ts
import { extname } from "node:path";
var junit = (results, { cwd, warningsAsFailures = false }) => {
  let body = "";
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    const classname = xmlEscape(file.slice(0, file.length - extname(file).length));
    let cases = "";
    let suiteFailures = 0;
    for (const m of r.messages) {
      const label = severityName(m.severity);
      const detail = `line ${m.line}, col ${m.column}, ${label[0].toUpperCase()}${label.slice(1)} - ${m.message} (${m.ruleId})`;
      const fails = m.severity === 2 || warningsAsFailures;
      cases += `    <testcase time="0" name="translint.rules.${xmlEscape(m.ruleId)}" classname="${classname}">
`;
      if (fails) {
        suiteFailures++;
        cases += `      <failure message="${xmlEscape(m.message)}" type="${label}"><![CDATA[${cdata(detail)}]]></failure>
`;
      } else {
        cases += `      <system-out><![CDATA[${cdata(detail)}]]></system-out>
`;
      }
      cases += "    </testcase>\n";
    }
    if (r.messages.length === 0) cases += `    <testcase time="0" name="${xmlEscape(file)}" classname="${classname}" />
`;
    const suiteTests = r.messages.length || 1;
    tests += suiteTests;
    failures += suiteFailures;
    body += `  <testsuite package="org.translint" time="0" tests="${suiteTests}" failures="${suiteFailures}" errors="0" skipped="0" name="${xmlEscape(file)}">
${cases}  </testsuite>
`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="translint" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">
${body}</testsuites>
`;
};
function cdata(s) {
  return s.replace(INVALID_XML, "\uFFFD").replace(/]]>/g, "]]]]><![CDATA[>");
}

// src/formatters/sarif.ts
import { pathToFileURL } from "node:url";

// src/engine/baseline.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { isAbsolute, relative as relative2, sep } from "node:path";
function portablePath(filePath, baseDir) {
  if (filePath.startsWith("<") || !isAbsolute(filePath)) return filePath.split(sep).join("/");
  return relative2(baseDir, filePath).split(sep).join("/");
}
function foundText(m) {
  return m.actual ?? "";
}
function findingKeys(result, file) {
  const seen = /* @__PURE__ */ new Map();
  return result.messages.map((m) => {
    const key = JSON.stringify([m.ruleId, file, foundText(m)]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { key, occurrence };
  });
}
function fingerprint(key, occurrence) {
  return createHash("sha256").update(`${key}#${occurrence}`).digest("hex").slice(0, 32);
}
function createBaseline(results, baseDir) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of results) {
    const file = portablePath(r.filePath, baseDir);
    for (const m of r.messages) {
      const key = JSON.stringify([m.ruleId, file, foundText(m)]);
      const e = counts.get(key);
      if (e) e.count++;
      else counts.set(key, { file, rule: m.ruleId, text: foundText(m), count: 1 });
    }
  }
  const findings = [...counts.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.text, b.text)
  );
  return { translint: "baseline", version: 1, findings };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function readBaseline(file) {
  if (!existsSync(file)) throw new TranslintError("baseline file not found (write one with --write-baseline)", { file });
  const source = readYamlFile(file);
  const version = source.data?.version;
  if (typeof version === "number" && version > 1) {
    throw new TranslintError(`baseline version ${version} was written by a later translint (this one reads version 1): upgrade translint or write the baseline again`, { file });
  }
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    throw new TranslintError("a baseline must be a JSON object written by --write-baseline", { file, line: 1, column: 1 });
  }
  validateAgainst("baseline", source, "baseline");
  return source.data;
}
function applyBaseline(results, baseline, baseDir) {
  const filter = baselineFilter(baseline, baseDir);
  const out = results.map(filter);
  return { results: out, suppressed: filter.suppressed() };
}
function baselineFilter(baseline, baseDir) {
  const budget = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) {
    const key = JSON.stringify([e.rule, e.file, e.text]);
    budget.set(key, (budget.get(key) ?? 0) + e.count);
  }
  let suppressed = 0;
  const filter = (r) => {
    const file = portablePath(r.filePath, baseDir);
    const keys = findingKeys(r, file);
    const messages = r.messages.filter((_, i) => {
      const { key, occurrence } = keys[i];
      if (occurrence < (budget.get(key) ?? 0)) {
        suppressed++;
        return false;
      }
      return true;
    });
    return messages.length === r.messages.length ? r : { ...r, ...summarise(r.filePath, r.language, messages) };
  };
  return Object.assign(filter, { suppressed: () => suppressed });
}

// src/io/package-info.ts
import { readFileSync } from "node:fs";
var info;
function packageInfo() {
  return info ??= JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
}
function repositoryUrl() {
  return packageInfo().repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
}
function repositoryFileUrl(path, raw = false) {
  const repo = repositoryUrl();
  if (!raw) return `${repo}/blob/main/${path}`;
  return `${repo.replace("https://github.com/", "https://raw.githubusercontent.com/")}/main/${path}`;
}

// src/rules/help.ts
var RULE_HELP = {
  "page-furniture": {
    name: "PageFurnitureLine",
    catches: "A line that is page furniture by its shape rather than by a listed phrase: copyright and date stamps, counters, handles, e-mail and link lines, interface words, calls to action, the site name, agency tags, menus; and, when several files are linted together, short lines repeated across the files of one site.",
    example: { bad: "The talks ended on Monday.\nShare on Facebook | Print | Email", good: "The talks ended on Monday." },
    fix: "Delete the line if it is not part of the article."
  },
  "near-repetition": {
    name: "NearRepetition",
    catches: "Text said twice with a small change: a line repeated a few lines later or altered, 'X and X' doublets ('the remnants and remnants'), a noun with a participle of the same stem ('una publicaci\xF3n publicada'), false starts ('in den in dem'), a direction said twice, and words glued at a case change ('theParliament').",
    example: { bad: "the remnants and remnants of the groups", good: "the remnants of the groups" },
    fix: "Delete the repeat or split the glued words; rewrite the sentence where one of the two words was meant to be different."
  },
  grammar: {
    name: "GrammarSlip",
    catches: "Grammar slips typical of machine translation, as high-precision patterns per language: a singular noun after 'several' ('in several province'), two articles in a row ('eine ein'), a plural subject with a verb in -s ('The Russians strikes'), 'd\xE9clarent-ont', a dropped article ('during meeting with').",
    example: { bad: "Clashes were reported in several province.", good: "Clashes were reported in several provinces." },
    fix: "Correct the grammar as the message suggests; the pattern cannot see the whole sentence, so read it first."
  },
  spelling: {
    name: "SpellingError",
    catches: "A lower-case word that the language's Hunspell dictionary does not know and that has a close correction ('coinceded' -> 'coincided'); names, capitalised words, acronyms, URLs, handles and quoted foreign terms are never reported. Off by default.",
    example: { bad: "The attacks coinceded with the talks.", good: "The attacks coincided with the talks." },
    fix: "Correct the word, or add it to the rule's `allow` option when it is a term of the house."
  },
  "entity-variant": {
    name: "EntityVariant",
    catches: "A spelling of a person, place or organisation that a rule pack lists as a non-house variant of an entity, or the house form another language uses (Kadhafi in English text).",
    example: { bad: "Khalifa Hifter met the envoy.", good: "Khalifa Haftar met the envoy." },
    fix: "Use the house spelling given in the message. `translint --fix` does it, keeping articles, possessives and capitals-only styling."
  },
  "entity-alias": {
    name: "EntityAlias",
    catches: "An alias of an entity whose status in a pack is `calque` (a literal translation of the source-language name) or `deprecated` (a name the house style no longer uses).",
    example: { bad: "The reconciliation government said on Monday...", good: "The Government of National Accord said on Monday..." },
    fix: "Replace the alias with the entity name given in the message, adjusting the sentence if needed."
  },
  "entity-consistency": {
    name: "EntityConsistency",
    catches: "One name written several ways in the same document where no pack lists the variants (diacritics, hyphens, spacing).",
    example: { bad: "Ibrahim Kal\u0131n spoke first. Later Kalin added...", good: "Ibrahim Kal\u0131n spoke first. Later Kal\u0131n added..." },
    fix: "Pick one form (the house form when a pack knows the entity) and use it throughout."
  },
  "name-consistency": {
    name: "NameConsistency",
    catches: "Spellings of one transliterated name that no pack lists, grouped by a name-variant key (vowel and doubled-letter variation).",
    example: { bad: "in Nimrush district ... near Nimroush", good: "in Nimrush district ... near Nimrush" },
    fix: "Choose one spelling for the name and use it throughout; add it to a pack to make the choice permanent."
  },
  "repeated-words": {
    name: "RepeatedWords",
    catches: "A word or phrase printed twice in a row ('military military', 'the government of government'), or a headline or paragraph repeated.",
    example: { bad: "The military military council met.", good: "The military council met." },
    fix: "Delete the repeat. Genuine doubles (a name, a quotation) can be listed in a phrase pack."
  },
  calque: {
    name: "CalquePhrase",
    catches: "A literal rendering of a source-language phrase that a fluent editor would rewrite ('according to what came in a statement').",
    example: { bad: "According to what came in a statement, the talks ended.", good: "According to a statement, the talks ended." },
    fix: "Rewrite the phrase idiomatically; the message suggests a wording."
  },
  boilerplate: {
    name: "BoilerplateLine",
    catches: "Page furniture copied with the article: comment forms, share bars, 'Source link', bylines and breadcrumbs.",
    example: { bad: "The talks ended on Monday.\nPlease enter your comment!", good: "The talks ended on Monday." },
    fix: "Delete the line (or the breadcrumb prefix) unless it is part of the text."
  },
  "term-inconsistency": {
    name: "TermInconsistency",
    catches: "One source term translated several ways in a document ('Operations Room', later 'the Chamber').",
    example: { bad: "The Operations Room said... The Chamber added...", good: "The Operations Room said... The Operations Room added..." },
    fix: "Use one translation of the term throughout the document."
  },
  "odd-capitals": {
    name: "OddCapitals",
    catches: "A function word or common noun capitalised in the middle of a sentence ('came In a statement').",
    example: { bad: "The army said In a statement that...", good: "The army said in a statement that..." },
    fix: "Lower-case the word unless it starts a name or title."
  },
  "punctuation-spacing": {
    name: "PunctuationSpacing",
    catches: "Spacing and punctuation left by machine translation: ' .. ', a space before punctuation, unbalanced quotation marks and brackets, invisible characters inside words.",
    example: { bad: "The talks ended .. The envoy left .", good: "The talks ended. The envoy left." },
    fix: "Remove the stray space or character, or balance the quotation marks and brackets."
  },
  "orphan-fragment": {
    name: "OrphanFragment",
    catches: "A one- or two-word sentence glued to the end of a paragraph ('... between the two parties. Conflict.'), usually a leftover tag or caption.",
    example: { bad: "Talks resumed between the two parties. Conflict.", good: "Talks resumed between the two parties." },
    fix: "Delete the fragment, or make it part of a full sentence."
  },
  "stray-script": {
    name: "StrayScript",
    catches: "Another script inside Latin-script text: untranslated runs, look-alike letters (a Cyrillic '\u0430' in 'H\u0430ftar'), Arabic-Indic digits.",
    example: { bad: "H\u0430ftar (Cyrillic \u0430) arrived in \u0662\u0660\u0662\u0660.", good: "Haftar arrived in 2020." },
    fix: "Translate the run, or replace look-alike letters and digits with their Latin forms (`--fix` does the latter)."
  },
  "wrong-language": {
    name: "WrongLanguage",
    catches: "A paragraph in another language than the document's, among the configured candidate languages (long paragraphs only).",
    example: { bad: "An English article with a paragraph left in French: \xAB Les pourparlers ont repris lundi \xE0 Gen\xE8ve... \xBB", good: "The same paragraph translated into English." },
    fix: "Translate the paragraph, or set the language of the file with `overrides` when it is right."
  },
  "unused-disable": {
    name: "UnusedDisableDirective",
    catches: "A `translint-disable` comment that silenced nothing (reported with `--report-unused-disable-directives`).",
    example: { bad: "<!-- translint-disable-next-line entity-variant -->\nKhalifa Haftar met the envoy.", good: "Khalifa Haftar met the envoy." },
    fix: "Delete the directive."
  },
  "invalid-directive": {
    name: "InvalidDirective",
    catches: "A translint directive naming a rule that does not exist.",
    example: { bad: "<!-- translint-disable-next-line entity-varient -->", good: "<!-- translint-disable-next-line entity-variant -->" },
    fix: "Correct the rule id (`translint rules` lists them) or delete the directive."
  }
};

// src/formatters/sarif.ts
var LEVEL = { 2: "error", 1: "warning", 0: "note" };
var DEFAULT_LEVEL = { error: "error", warning: "warning", info: "note", off: "none" };
function informationUri() {
  return packageInfo().homepage;
}
function ruleHelpUri(id) {
  return `${repositoryFileUrl("docs/rules.md")}#${id}`;
}
function fixSafetyText(r) {
  if (r.fixSafety) return r.fixSafety;
  if (r.fixable) return `${r.fixable === "safe" ? "Safe" : "Unsafe"} automatic fix (${r.fixable === "safe" ? "--fix" : "--unsafe-fixes"}).`;
  return r.hasSuggestions ? "Suggestions only, never applied automatically." : "No automatic fix.";
}
function ruleDocumentation(r) {
  const help = RULE_HELP[r.id];
  if (!help) throw new Error(`no help text for rule ${r.id} in src/rules/help.ts`);
  const safety = fixSafetyText(r);
  const text = [
    `${r.description}`,
    `What it catches: ${help.catches}`,
    `Example: "${help.example.bad}" -> "${help.example.good}"`,
    `How to fix: ${help.fix}`,
    `Fix safety: ${safety}`
  ].join("\n\n");
  const markdown = [
    `**${r.description}**`,
    `**What it catches.** ${help.catches}`,
    `**Example.**

\`\`\`text
${help.example.bad}
\`\`\`

becomes

\`\`\`text
${help.example.good}
\`\`\``,
    `**How to fix.** ${help.fix}`,
    `**Fix safety.** ${safety}`,
    `[Documentation](${ruleHelpUri(r.id)})`
  ].join("\n\n");
  return {
    name: help.name,
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} ${help.catches}` },
    help: { text, markdown },
    helpUri: ruleHelpUri(r.id)
  };
}
function ruleDescriptors() {
  const rules = allRules.map((r) => ({
    id: r.meta.id,
    ...ruleDocumentation({ id: r.meta.id, description: r.meta.description, fixable: r.meta.fixable, hasSuggestions: r.meta.hasSuggestions, fixSafety: r.meta.docs?.fixSafety }),
    defaultConfiguration: { level: DEFAULT_LEVEL[r.meta.defaultSeverity], ...r.meta.defaultSeverity === "off" ? { enabled: false } : {} },
    properties: { tags: [r.meta.type], ...r.meta.fixable ? { fixable: r.meta.fixable } : {} }
  }));
  const engine = DIRECTIVE_RULES.map((r) => ({
    id: r.id,
    ...ruleDocumentation({ id: r.id, description: r.description, fixSafety: "No automatic fix." }),
    defaultConfiguration: { level: DEFAULT_LEVEL[r.defaultSeverity] },
    properties: { tags: ["directive"] }
  }));
  return [...rules, ...engine];
}
function artifact(filePath, cwd) {
  if (filePath.startsWith("<")) return { uri: encodeURIComponent(filePath) };
  const rel = portablePath(filePath, cwd);
  if (rel.startsWith("../") || rel === "..") return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function region(m) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}
function fixRegion(m, fix) {
  if (fix.range[0] === m.range[0] && fix.range[1] === m.range[1]) return region(m);
  return { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] };
}
var sarif = (results, { cwd }) => {
  const rules = ruleDescriptors();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => {
    const location = artifact(r.filePath, cwd);
    const keys = findingKeys(r, portablePath(r.filePath, cwd));
    return r.messages.map((m, i) => {
      const ruleIndex = index.get(m.ruleId);
      return {
        ruleId: m.ruleId,
        ...ruleIndex !== void 0 ? { ruleIndex } : {},
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        partialFingerprints: { "translint/v1": fingerprint(keys[i].key, keys[i].occurrence) },
        ...m.fix ? {
          fixes: [
            {
              description: { text: m.fixSafety === "unsafe" ? `Replace with '${m.fix.text}' (unsafe: check the meaning)` : `Replace with '${m.fix.text}'` },
              artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: fixRegion(m, m.fix), insertedContent: { text: m.fix.text } }] }]
            }
          ]
        } : {}
      };
    });
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "translint", version: packageInfo().version, informationUri: informationUri(), rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd).href.replace(/\/?$/, "/") } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
};

// src/formatters/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { relative as relative3 } from "node:path";

// src/formatters/summary.ts
var MAX_ENTITY_ROWS = 25;
function listedMessages(messages) {
  const keyOf = (m) => `${m.entity ?? ""}\0${(m.actual ?? "").toLowerCase()}`;
  const counts = /* @__PURE__ */ new Map();
  for (const m of messages) if (isHouseStyle(m)) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
  if (counts.size === 0) return messages;
  const shown = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of messages) {
    if (!isHouseStyle(m)) out.push(m);
    else if (!shown.has(keyOf(m))) {
      shown.add(keyOf(m));
      const n = counts.get(keyOf(m));
      out.push(n === 1 ? m : { ...m, message: `${m.message} (${n} occurrences; --fix changes each)` });
    }
  }
  return out;
}
function isHouseStyle(m) {
  return m.ruleId === "entity-variant" && (m.messageId === "houseStyle" || m.messageId === "houseStyleForeign");
}
function summaryRows(r) {
  return r.messages.map((m) => {
    const unsafe = m.fix !== void 0 && m.fixSafety === "unsafe";
    return [m.ruleId, m.severity, m.fix !== void 0 && !unsafe, m.entity ?? null, m.actual ?? null, m.expected ?? null, unsafe];
  });
}
var Summary = class {
  perRule = /* @__PURE__ */ new Map();
  perEntity = /* @__PURE__ */ new Map();
  /** Findings whose fix only `--unsafe-fixes` applies (the "N more" of the closing line). */
  unsafeFixable = 0;
  add(r) {
    this.addRows(summaryRows(r));
  }
  addRows(rows) {
    const { perRule, perEntity } = this;
    for (const [ruleId, severity, fixable, entity, actual, expected, unsafe] of rows) {
      if (unsafe) this.unsafeFixable++;
      const row = perRule.get(ruleId) ?? { errors: 0, warnings: 0, info: 0, fixable: 0 };
      if (severity === 2) row.errors++;
      else if (severity === 1) row.warnings++;
      else row.info++;
      if (fixable) row.fixable++;
      perRule.set(ruleId, row);
      if (entity) {
        const e = perEntity.get(entity) ?? { findings: 0, forms: /* @__PURE__ */ new Map(), expected: /* @__PURE__ */ new Set() };
        e.findings++;
        if (actual) e.forms.set(actual, (e.forms.get(actual) ?? 0) + 1);
        for (const x of expected ?? []) e.expected.add(x);
        perEntity.set(entity, e);
      }
    }
  }
  tables(color) {
    const { perRule, perEntity } = this;
    if (perRule.size === 0) return "";
    const style = color ? {} : { head: [], border: [] };
    const rules = newTable({ head: ["Rule", "Errors", "Warnings", "Info", "Fixable"], style });
    for (const [id, r] of [...perRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      rules.push([id, r.errors, r.warnings, r.info, r.fixable]);
    }
    let out = rules.toString();
    if (perEntity.size > 0) {
      const entities = newTable({ head: ["Entity", "Findings", "Forms found", "Use"], style, colWidths: [26, 10, 50, 32], wordWrap: true });
      const sorted = [...perEntity.entries()].sort((a, b) => b[1].findings - a[1].findings || a[0].localeCompare(b[0]));
      for (const [id, e] of sorted.slice(0, MAX_ENTITY_ROWS)) {
        const forms = [...e.forms.entries()].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} \xD7${n}`).join(", ");
        entities.push([id, e.findings, forms, [...e.expected].join(", ")]);
      }
      out += "\n" + entities.toString();
      if (sorted.length > MAX_ENTITY_ROWS) {
        out += `
(${sorted.length - MAX_ENTITY_ROWS} more entities with findings; --format json lists every finding)`;
      }
    }
    return out;
  }
};

// src/formatters/stylish.ts
var LABEL = { 2: "error", 1: "warning", 0: "info" };
var stylishStream = ({ color, cwd }) => {
  const c = import_picocolors.default.createColors(color);
  const paint = { 2: c.red, 1: c.yellow, 0: c.blue };
  const summary = new Summary();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  return {
    render(r) {
      const counts = countsOf(r);
      if (r.messages.length === 0) return { text: "", counts };
      const name = escapeControl(r.filePath.startsWith("<") ? r.filePath : relative3(cwd, r.filePath) || r.filePath);
      let text = `
${c.underline(name)}
`;
      const rows = listedMessages(r.messages).map((m) => [`${m.line}:${m.column}`, LABEL[m.severity], escapeControl(m.message.replace(/\s*\n\s*/g, " ")), m.ruleId, m.severity]);
      let w0 = 0;
      let w1 = 0;
      for (const x of rows) {
        if (x[0].length > w0) w0 = x[0].length;
        if (x[1].length > w1) w1 = x[1].length;
      }
      for (const [pos, label, msg, rule, sev] of rows) {
        text += `  ${c.dim(pos.padEnd(w0))}  ${paint[sev](label.padEnd(w1))}  ${msg}  ${c.dim(rule)}
`;
      }
      return { text, counts, rows: summaryRows(r) };
    },
    add(f) {
      errors += f.counts[0];
      warnings += f.counts[1];
      infos += f.counts[2];
      fixErrors += f.counts[3];
      fixWarnings += f.counts[4];
      if (f.rows) summary.addRows(f.rows);
      return f.text;
    },
    end() {
      const total = errors + warnings + infos;
      if (total === 0) return "";
      const mark = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
      let out = `
${mark(c.bold(`\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info)`))}
`;
      const fixLine = fixableLine(fixErrors, fixWarnings, summary.unsafeFixable);
      if (fixLine) out += mark(c.bold(fixLine)) + "\n";
      const tables = summary.tables(color);
      if (tables) out += "\n" + tables + "\n";
      return out;
    }
  };
};
var stylish = collected(stylishStream);
function fixableLine(errors, warnings, unsafe) {
  const more = unsafe > 0 ? ` (${unsafe} more with \`--unsafe-fixes\`)` : "";
  if (errors + warnings > 0) {
    return `  ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} potentially fixable with the \`--fix\` option${more}.`;
  }
  return unsafe > 0 ? `  ${unsafe} potentially fixable with the \`--fix --unsafe-fixes\` options.` : "";
}

// src/formatters/index.ts
var formatters = { stylish, json, sarif, github, junit, checkstyle, compact };
var streamingFormatters = {
  stylish: stylishStream,
  json: jsonStream,
  github: githubStream,
  compact: compactStream
};

// src/cli/lint-files.ts
import { existsSync as existsSync3 } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/cli/corpus-lines.ts
var MAX_WORDS = 10;
var LONG_WORDS = 12;
function corpusLines(files) {
  const short = /* @__PURE__ */ new Map();
  const long = /* @__PURE__ */ new Map();
  files.forEach((file, index) => {
    let text;
    try {
      text = readTextFile(file).text;
    } catch {
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const raw of text.split(/\r\n|\r|\n/u)) {
      const body = raw.trim();
      if (!new RegExp("\\p{L}", "u").test(body)) continue;
      const n = body.split(/\s+/u).length;
      const key = corpusLineKey(body);
      if (seen.has(key)) continue;
      seen.add(key);
      if (n >= LONG_WORDS) push(long, key, index);
      else if (n <= MAX_WORDS && !/[.!?…;]["'”’»)]*$/u.test(body)) push(short, key, index);
    }
  });
  const copies = /* @__PURE__ */ new Map();
  for (const ids of long.values()) {
    if (ids.length < 2) continue;
    for (const a of ids) for (const b of ids) if (a !== b) (copies.get(a) ?? copies.set(a, /* @__PURE__ */ new Set()).get(a)).add(b);
  }
  const repeatedLines = /* @__PURE__ */ new Map();
  for (const [key, ids] of short) {
    if (ids.length < 2) continue;
    const stories = [];
    for (const id of ids) if (!stories.some((s) => copies.get(s)?.has(id))) stories.push(id);
    if (stories.length >= 2) repeatedLines.set(key, stories.length);
  }
  return { repeatedLines };
}
function push(map, key, index) {
  const ids = map.get(key);
  if (ids) ids.push(index);
  else map.set(key, [index]);
}

// src/cli/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_THRESHOLD = 1e3;
var MAX_THREADS = 64;
function threadCount(raw, jobs) {
  const value = raw ?? process.env.TRANSLINT_WORKERS;
  if (value !== void 0 && value !== "" && value !== "auto") {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) throw new TranslintError(`--workers takes a whole number from 1 to ${MAX_THREADS}, not '${value}'`);
    return Math.max(1, Math.min(n, jobs));
  }
  const cores = availableParallelism();
  return jobs > PARALLEL_THRESHOLD && cores > 1 ? cores : 1;
}
function inInputOrder(handle) {
  const pending = /* @__PURE__ */ new Map();
  let next = 0;
  return {
    arrived(index, outcome) {
      pending.set(index, outcome);
      while (pending.has(next)) {
        handle(next, pending.get(next));
        pending.delete(next);
        next++;
      }
    },
    flush() {
      for (const index of [...pending.keys()].sort((a, b) => a - b)) handle(index, pending.get(index));
      pending.clear();
    }
  };
}
function workerScript() {
  const url = new URL("./worker.js", import.meta.url);
  return existsSync2(fileURLToPath(url)) ? url : void 0;
}
var IN_FLIGHT = 16;
function startPool(options) {
  const workers = [];
  let failed;
  let fixed = 0;
  let idle;
  const files = /* @__PURE__ */ new Map();
  const task = options.task ?? "fix";
  const busy = () => workers.some((w) => w.inFlight.size > 0);
  const checkIdle = () => {
    if (idle && (!busy() || failed)) idle();
  };
  const fail = (err) => {
    failed ??= err;
    checkIdle();
  };
  const fill = (w) => {
    while (!failed && w.ready && w.inFlight.size < IN_FLIGHT) {
      const job = options.take();
      if (!job) break;
      files.set(job.index, job.file);
      w.inFlight.add(job.index);
      w.worker.postMessage(job);
    }
  };
  for (let i = 0; i < options.threads; i++) {
    const w = { worker: new Worker(options.script, { workerData: options.init }), ready: false, inFlight: /* @__PURE__ */ new Set() };
    workers.push(w);
    w.worker.on("message", (reply) => {
      if ("ready" in reply) {
        w.ready = true;
        return fill(w);
      }
      w.inFlight.delete(reply.index);
      const file = files.get(reply.index) ?? "";
      files.delete(reply.index);
      fixed++;
      try {
        options.onOutcome(reply.index, "crash" in reply ? { error: `${file}: internal error while ${task === "lint" ? "linting" : "fixing"}: ${reply.crash.split("\n")[0]}${debugStacks() ? `
${reply.crash}` : ""}`, changes: [], written: false } : reply.outcome);
      } catch (err) {
        return fail(err);
      }
      fill(w);
      checkIdle();
    });
    w.worker.on("error", (err) => fail(err));
    w.worker.on("exit", (code) => {
      if (!ended) fail(new Error(`a ${task} worker stopped unexpectedly (exit code ${code})`));
    });
  }
  let ended = false;
  const end = async () => {
    ended = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  };
  return {
    async finish() {
      if (busy() && !failed) await new Promise((resolve2) => idle = resolve2);
      await end();
      if (failed) throw failed;
    },
    abort: end,
    get failed() {
      return failed;
    },
    get fixed() {
      return fixed;
    }
  };
}

// src/cli/lint-files.ts
async function lintFile(linter, file, corpus) {
  try {
    const { text } = readTextFile(file);
    return { result: await linter.lintText(text, { filePath: file, corpus }), changes: [], written: false };
  } catch (err) {
    return { changes: [], written: false, error: describeFailure(err, file) };
  }
}
function lintWorkerScript() {
  const url = new URL("./lint-worker.js", import.meta.url);
  return existsSync3(fileURLToPath2(url)) ? url : void 0;
}
async function lintFiles(files, linter, options, io) {
  const { report } = options;
  const results = report ? [] : new Array(files.length);
  let inputError = false;
  const handle = (index, outcome) => {
    if (outcome.error) {
      io.stderr(`translint: ${escapeControl(outcome.error)}
`);
      inputError = true;
    } else if (report) report.onRendered(outcome.rendered ?? report.render(outcome.result));
    else results[index] = outcome.result;
  };
  const ordered = inInputOrder(handle);
  const arrived = ordered.arrived;
  for (const [index, file] of files.entries()) {
    if (file !== STDIN) continue;
    try {
      const raw = await io.readStdin();
      const text = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
      const name = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : "<stdin>";
      arrived(index, { result: await linter.lintText(text, { filePath: name }), changes: [], written: false });
    } catch (err) {
      arrived(index, { changes: [], written: false, error: describeFailure(err, "<stdin>") });
    }
  }
  const jobs = files.flatMap((file, index) => file === STDIN ? [] : [{ index, file }]);
  const furniture = linter.config.rules["page-furniture"];
  const corpus = jobs.length >= 2 && furniture && furniture.severity !== "off" ? corpusLines(jobs.map((j) => j.file)) : void 0;
  const threads = threadCount(options.workers, jobs.length);
  const script = threads > 1 ? lintWorkerScript() : void 0;
  let next = 0;
  let pool;
  const take = () => pool?.failed || next >= jobs.length ? void 0 : jobs[next++];
  try {
    const init = { config: linter.config, options: LINT_ONLY, report: report?.settings, corpusLines: corpus ? [...corpus.repeatedLines] : void 0 };
    pool = script ? startPool({ script, init, threads: threads - 1, take, onOutcome: arrived, task: "lint" }) : void 0;
    for (; ; ) {
      if (pool) await new Promise((r) => setImmediate(r));
      const job = take();
      if (!job) break;
      arrived(job.index, await lintFile(linter, job.file, corpus));
      const behind = options.pause?.();
      if (behind) await behind;
    }
    await pool?.finish();
  } catch (err) {
    await pool?.abort();
    throw err;
  }
  ordered.flush();
  return { results: results.filter((r) => r !== void 0), inputError };
}
var LINT_ONLY = { dryRun: true, unsafe: false, cwd: "", diff: false, keepOutput: false };

// src/cli/report-render.ts
import { dirname } from "node:path";
function reportRenderer(settings) {
  const stream = streamingFormatters[settings.format];
  if (!stream) throw new Error(`format ${settings.format} cannot be streamed`);
  const format = stream({ color: settings.color, cwd: settings.cwd });
  const baseline = settings.baseline ? baselineFilter(readBaseline(settings.baseline), dirname(settings.baseline)) : void 0;
  return {
    format,
    render(result) {
      const r = baseline ? baseline(result) : result;
      const shown = settings.quiet ? onlyErrors(r) : r;
      return { file: format.render(shown), errors: r.errorCount, warnings: shown.warningCount };
    }
  };
}
function onlyErrors(r) {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
}

export {
  escapeControl,
  createBaseline,
  readBaseline,
  applyBaseline,
  repositoryFileUrl,
  formatters,
  streamingFormatters,
  threadCount,
  inInputOrder,
  workerScript,
  startPool,
  lintFile,
  lintFiles,
  reportRenderer,
  onlyErrors
};
