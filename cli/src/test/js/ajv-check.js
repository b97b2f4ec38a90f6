// Second JSON Schema validator for PasteableFormatsTest: AJV (JSON Schema 2020-12, ECMA-262
// regular expressions in Unicode mode, as JSON Schema specifies them).
// Input: JSON lines {"name", "schema", "example"} on the file given as argument.
// Output: one JSON line {"checked", "rejected": [...], "invalid": [...]}.
'use strict';
const fs = require('fs');
const readline = require('readline');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

async function main() {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: true, allErrors: false });
  addFormats(ajv);
  const result = { checked: 0, rejected: [], invalid: [] };
  const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { name, schema, example } = JSON.parse(line);
    result.checked++;
    let validate;
    try {
      validate = ajv.compile(schema);
    } catch (e) {
      result.rejected.push(name + ': ' + String(e.message).slice(0, 300));
      continue;
    } finally {
      ajv.removeSchema(schema.$id);
    }
    if (example !== undefined && !validate(example)) {
      result.invalid.push(name + ': ' + JSON.stringify(validate.errors[0]).slice(0, 300));
    }
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}
main().catch((e) => { console.error(e); process.exit(2); });
