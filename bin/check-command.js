// `sen-widgets check`: reads the arguments, applies the widget's rules from the built package and
// prints the report. Returns the exit code: 0 all valid, 1 some records dropped, 2 unusable.
import { checkJsonText, isWidgetName, WIDGET_NAMES, widgetSchemas } from '../dist/check.js';
import { messages } from './messages.js';
import { readSource, SourceError } from './read-source.js';

/** Parses `check <widget> <source> [--json] [--lang en]`; options may stand anywhere. */
function parseArguments(argv) {
  const options = { json: false, lang: 'vi', help: false, positional: [], unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--lang') options.lang = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) options.lang = arg.slice('--lang='.length);
    else if (arg.startsWith('-') && arg !== '-') options.unknown.push(arg);
    else options.positional.push(arg);
  }
  // Like the widgets: `en` (or `en-US`) is English, anything else Vietnamese.
  options.lang = options.lang.toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'vi';
  return options;
}

/** The words for an unusable source, from a read failure or the check's own error. */
function problemText(m, tag, error) {
  if (error.message === 'too-big') return m.problems.tooBig;
  switch (error.kind) {
    case 'file':
      return m.problems.file;
    case 'network':
      return m.problems.network(error.message);
    case 'timeout':
      return m.problems.timeout;
    case 'http':
      return m.problems.http(error.message);
    case 'parse':
      return m.problems.parse(error.message);
    default:
      return m.problems.schema(tag, error.message);
  }
}

/**
 * Runs the command with `argv` (without `node` and the script) and writes to `io.out` / `io.err`.
 * @returns {Promise<0 | 1 | 2>}
 */
export async function run(argv, io) {
  const options = parseArguments(argv);
  const m = messages[options.lang];
  const usageError = (text) => {
    io.err.write(`${text}\n\n${m.usage}\n`);
    return 2;
  };
  if (options.help) {
    io.out.write(`${m.usage}\n`);
    return 0;
  }
  const [command, widget, source, ...extra] = options.positional;
  if (options.unknown.length) return usageError(m.unknownOption(options.unknown[0]));
  if (command !== 'check') return usageError(command ? m.unknownCommand(command) : m.usage);
  if (!widget || !isWidgetName(widget)) return usageError(m.unknownWidget(widget ?? '', WIDGET_NAMES.join(', ')));
  if (!source) return usageError(m.missingSource);
  if (extra.length) return usageError(m.unknownOption(extra[0]));

  const tag = widgetSchemas[widget].tag;
  let report;
  try {
    report = checkJsonText(widget, await readSource(source), { lang: options.lang, source });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    report = { usable: false, error: { kind: error.kind, message: error.message, status: error.status }, dropped: [] };
  }

  const { dropped } = report; // worded in options.lang by the check module
  const code = !report.usable ? 2 : dropped.length ? 1 : 0;
  if (options.json) {
    const result = { widget, source, exitCode: code, usable: report.usable, dropped };
    if (!report.usable) result.error = { ...report.error, text: problemText(m, tag, report.error) };
    io.out.write(`${JSON.stringify(result, null, 2)}\n`);
    return code;
  }
  if (!report.usable) {
    io.err.write(`${m.unusable(source)} ${problemText(m, tag, report.error)}\n`);
    return code;
  }
  io.out.write(`${m.heading(tag, source)}\n`);
  for (const record of dropped) io.out.write(`  ${record.path}: ${record.reason}\n`);
  io.out.write(`${dropped.length ? m.dropped(dropped.length) : m.allValid}\n`);
  return code;
}
