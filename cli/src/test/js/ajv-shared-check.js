// PasteableFormatsTest's AJV check for the shared json-schema export: the schemas are read from
// the export's folder, the shared ones added first (addSchema), so every relative $ref resolves
// by $id without the network.
// Arguments: the export's folder, then a file of JSON lines {"name", "file", "example"}.
// Output: one JSON line {"checked", "rejected": [...], "invalid": [...]}.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

async function main() {
  const dir = process.argv[2];
  // AJV's defaults, as a user's `new Ajv2020()`: strict mode, in which an unknown keyword or format
  // is an error and a type or tuple problem is only logged; a logged warning is counted here as a
  // warning of the schema being compiled. ajv-formats supplies the formats JSON Schema names.
  const logged = [];
  const ajv = new Ajv2020({
    logger: { log() {}, warn: (...a) => logged.push(a.join(' ')), error: (...a) => logged.push(a.join(' ')) },
  });
  addFormats(ajv);
  const shared = path.join(dir, 'shared');
  for (const f of fs.readdirSync(shared).sort()) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(shared, f), 'utf8')));
  }
  const result = { checked: 0, rejected: [], invalid: [], warned: [] };
  const lines = readline.createInterface({ input: fs.createReadStream(process.argv[3]) });
  let file = null;
  let validate = null;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { name, example } = JSON.parse(line);
    result.checked++;
    if (JSON.parse(line).file !== file) {
      if (validate && validate.schema.$id) ajv.removeSchema(validate.schema.$id);
      file = JSON.parse(line).file;
      validate = null;
      logged.length = 0;
      try {
        validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
        if (logged.length) result.warned.push(name + ': ' + logged[0].slice(0, 300));
      } catch (e) {
        result.rejected.push(name + ': ' + String(e.message).slice(0, 300));
        continue;
      }
    }
    if (!validate) continue;
    if (example !== undefined && !validate(example)) {
      result.invalid.push(name + ': ' + JSON.stringify(validate.errors[0]).slice(0, 300));
    }
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}
main().catch((e) => { console.error(e); process.exit(2); });
