import KnobsLang

/// What every report says about how grading was done: the tool, the key, the limits, and whether answers are revealed.
public struct ReportContext: Sendable {
    /// The knobs version that graded.
    public var version: String
    /// The key's path as given, its id and title.
    public var keyPath: String
    public var keyID: String
    public var keyTitle: String
    /// The SHA-256 of the key file: which version of the lesson was graded.
    public var keySHA256: String
    public var options: RunOptions
    /// Whether reports show the key's answer to a question answered wrong; by default they never do.
    public var revealAnswers: Bool

    /// The parameters given (`-p`, `--params`): each name's value, as written.
    var parameterValues: [String: String] {
        Dictionary(options.parameters.values.map { ($0.name, $0.code) }, uniquingKeysWith: { $1 })
    }

    /// The parameters given, as `name = value`, in the order given.
    var parameterAssignments: [String] {
        options.parameters.values.map { "\($0.name) = \($0.code)" }
    }

    public init(version: String, keyPath: String, key: Lesson, keySHA256: String, options: RunOptions, revealAnswers: Bool = false) {
        self.version = version
        self.keyPath = keyPath
        keyID = key.id
        keyTitle = key.info.title
        self.keySHA256 = keySHA256
        self.options = options
        self.revealAnswers = revealAnswers
    }
}

/// The formats `knobs run` and `knobs grade` write.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, junit, tap, gradescope

    /// This format's layout, for reports with `context`; ✓ and ✗ in text as `symbols` say.
    public func layout(_ context: ReportContext, symbols: Transcript.Symbols = .unicode) -> any ReportLayout {
        switch self {
        case .text: return TextReport(context: context, symbols: symbols)
        case .json: return JSONReport(context: context)
        case .junit: return JUnitReport(context: context)
        case .tap: return TAPReport(context: context)
        case .gradescope: return GradescopeReport(context: context)
        }
    }

    /// The report of these results in this format.
    public func render(_ results: [GradeResult], context: ReportContext, symbols: Transcript.Symbols = .unicode) -> String {
        layout(context, symbols: symbols).render(results)
    }
}
