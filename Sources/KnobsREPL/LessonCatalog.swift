import Foundation
import KnobsLang
import KnobsNotebook

/// The lessons in a folder: every `*.md` file but the folder's `README.md`
/// (the syllabus), in file-name order, each read when first needed and then
/// kept.
///
/// Making a catalogue only lists the folder, so `knobs` reaches its prompt
/// without reading a lesson. An entry reads its file's front matter the first
/// time its id is asked for (to find a lesson by name, to complete one), and
/// parses the whole lesson the first time it is opened or listed. For one
/// thread: entries fill themselves in as they are read.
public final class LessonCatalog {
    /// A lesson file, read when first needed.
    public final class Entry {
        /// The path of the file.
        public let path: String
        /// The file's name without `.md`.
        let fileName: String
        private let knownPlugins: KnownPlugins
        private var parsed: (lesson: Lesson?, problems: [Diagnostic])?

        /// The lesson file `name` (which ends in `.md`) in `folder`.
        init(folder: String, name: String, knownPlugins: KnownPlugins) {
            path = (folder as NSString).appendingPathComponent(name)
            fileName = String(name.dropLast(".md".count))
            self.knownPlugins = knownPlugins
        }

        /// The lesson's id from its front matter, or the file's name without
        /// `.md` when the front matter cannot be read. Only the front matter is
        /// decoded: a body that is not UTF-8 is the parse's problem (``problems``).
        public private(set) lazy var id: String = readID()

        /// The lesson, when the file is a well-formed lesson.
        public var lesson: Lesson? { parse().lesson }

        /// What is wrong with the file, when it is not.
        public var problems: [Diagnostic] { parse().problems }

        private func parse() -> (lesson: Lesson?, problems: [Diagnostic]) {
            if let parsed { return parsed }
            let result: (lesson: Lesson?, problems: [Diagnostic])
            do {
                result = (try Lesson(contentsOfFile: path, knownPlugins: knownPlugins), [])
            } catch let list as DiagnosticList {
                result = (nil, list.diagnostics)
            } catch {
                result = (nil, [])
            }
            parsed = result
            return result
        }

        /// The id without parsing the cells, unless the lesson has been parsed already.
        private func readID() -> String {
            if let lesson = parsed?.lesson { return lesson.id }
            guard let data = FileManager.default.contents(atPath: path),
                  let info = LessonInfo(frontMatterOf: data, name: path, knownPlugins: knownPlugins.names) else { return fileName }
            return info.id
        }
    }

    public let entries: [Entry]

    /// Lists the lessons in `folder`, reading none of them; an unreadable folder makes an empty catalogue.
    public init(folder: String, knownPlugins: KnownPlugins = []) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        entries = names.filter(LessonCatalog.isLessonFile).sorted().map { name in
            Entry(folder: folder, name: name, knownPlugins: knownPlugins)
        }
    }

    /// Whether a file of the lessons folder, by its name, is a lesson: a visible `.md` file that is not
    /// the folder's README (which describes the course on a forge).
    public static func isLessonFile(_ name: String) -> Bool {
        name.hasSuffix(".md") && !name.hasPrefix(".") && name.lowercased() != "readme.md"
    }

    /// The lesson a learner means by `name`: its id, its file name, or an
    /// unambiguous beginning of either (`01`, `line`).
    public func find(_ name: String) -> Result<Entry, LookupError> {
        if let exact = entries.first(where: { $0.id == name || $0.fileName == name }) { return .success(exact) }
        let matches = entries.filter { entry in
            entry.id.hasPrefix(name) || entry.fileName.hasPrefix(name) || entry.id.split(separator: "-").dropFirst().map(String.init).joined(separator: "-").hasPrefix(name)
        }
        switch matches.count {
        case 1: return .success(matches[0])
        case 0: return .failure(.none(suggestion: NameSuggestion.closest(to: name, among: entries.map(\.id))))
        default: return .failure(.ambiguous(matches.map(\.id)))
        }
    }

    /// Why a name picks no lesson.
    public enum LookupError: Error, Sendable {
        case none(suggestion: String?)
        case ambiguous([String])
    }
}
