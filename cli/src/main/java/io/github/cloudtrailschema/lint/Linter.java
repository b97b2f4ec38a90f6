package io.github.cloudtrailschema.lint;

import io.github.cloudtrailschema.loading.ModelCatalog;
import java.util.List;

/**
 * Lints one file: reads it safely, tells what each document is (a Custodian policy file, a Sigma
 * rule, an EventBridge pattern, a CloudFormation/SAM template with patterns) and runs its checker.
 */
public final class Linter {
  /**
   * What came of one file.
   *
   * @param recognised whether any document was a policy file, pattern, template or rule
   */
  public record Result(List<Diagnostic> diagnostics, boolean recognised) {}

  private final CustodianLinter custodian;
  private final EventPatternLinter patterns;
  private final SigmaLinter sigma;

  public Linter(ModelCatalog catalog) {
    EventCatalog events = new EventCatalog(catalog);
    this.custodian = new CustodianLinter(events);
    this.patterns = new EventPatternLinter(events);
    this.sigma = new SigmaLinter(events);
  }

  /**
   * Lints a file's bytes.
   *
   * @param name the file as it is to be reported
   * @param json read as JSON ({@code .json} files, or stdin that starts like JSON)
   */
  public Result lint(String name, byte[] bytes, boolean json) {
    Findings f = new Findings(name);
    List<SourceNode> docs;
    try {
      docs = DocumentReader.read(bytes, json);
    } catch (LintInputException e) {
      f.error(e.position(), e.getMessage());
      return new Result(f.diagnostics(), true);
    }
    boolean recognised = false;
    for (SourceNode doc : docs) {
      recognised |= lint(doc, f);
    }
    return new Result(f.diagnostics(), recognised);
  }

  private boolean lint(SourceNode doc, Findings f) {
    if (CustodianLinter.accepts(doc)) {
      custodian.lint((SourceNode.Map) doc, f);
      return true;
    }
    if (SigmaLinter.accepts(doc)) {
      sigma.lint((SourceNode.Map) doc, f);
      return true;
    }
    List<EventPatternLinter.Pattern> inTemplate = EventPatternLinter.patterns(doc);
    if (!inTemplate.isEmpty()) {
      inTemplate.forEach(p -> patterns.lint(p, f));
      return true;
    }
    if (EventPatternLinter.isPattern(doc)) {
      patterns.lint(new EventPatternLinter.Pattern((SourceNode.Map) doc, false), f);
      return true;
    }
    return false;
  }
}
