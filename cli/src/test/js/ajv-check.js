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
  // AJV's defaults, as a user's `new Ajv2020()`: strict mode, in which an unknown keyword or format
  // is an error and a type or tuple problem is only logged; a logged warning is counted here as a
  // warning of the schema being compiled. ajv-formats supplies the formats JSON Schema names.
  const logged = [];
  const ajv = new Ajv2020({
    logger: { log() {}, warn: (...a) => logged.push(a.join(' ')), error: (...a) => logged.push(a.join(' ')) },
  });
  addFormats(ajv);
  const result = { checked: 0, rejected: [], invalid: [], warned: [] };
  const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { name, schema, example } = JSON.parse(line);
    result.checked++;
    let validate;
    logged.length = 0;
    try {
      validate = ajv.compile(schema);
      if (logged.length) result.warned.push(name + ': ' + logged[0].slice(0, 300));
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
