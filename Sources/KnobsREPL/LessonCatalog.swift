import Foundation
import KnobsLang
import KnobsNotebook

/// The lessons in a folder: every `*.md` file but the folder's `README.md`
/// (the syllabus), in file-name order, parsed once.
public struct LessonCatalog: Sendable {
    /// A lesson file, parsed or with the reasons it could not be.
    public struct Entry: Sendable {
        /// The path of the file.
        public var path: String
        /// The lesson, when the file is a well-formed lesson.
        public var lesson: Lesson?
        /// What is wrong with the file, when it is not.
        public var problems: [Diagnostic]

        /// The lesson's id, or the file's name without `.md` when it does not parse.
        public var id: String {
            lesson?.id ?? (URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        }
    }

    public var entries: [Entry]

    /// Reads every lesson in `folder`; an unreadable folder makes an empty catalogue.
    public init(folder: String, knownPlugins: Set<String> = []) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        entries = names.filter(LessonCatalog.isLessonFile).sorted().map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                return Entry(path: path, lesson: try Lesson(contentsOfFile: path, knownPlugins: knownPlugins), problems: [])
            } catch let list as DiagnosticList {
                return Entry(path: path, lesson: nil, problems: list.diagnostics)
            } catch {
                return Entry(path: path, lesson: nil, problems: [])
            }
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
        if let exact = entries.first(where: { $0.id == name || fileName($0) == name }) { return .success(exact) }
        let matches = entries.filter { entry in
            entry.id.hasPrefix(name) || fileName(entry).hasPrefix(name) || entry.id.split(separator: "-").dropFirst().joined(separator: "-").hasPrefix(name)
        }
        switch matches.count {
        case 1: return .success(matches[0])
        case 0: return .failure(.none(suggestion: NameSuggestion.closest(to: name, among: entries.map(\.id))))
        default: return .failure(.ambiguous(matches.map(\.id)))
        }
    }

    private func fileName(_ entry: Entry) -> String {
        URL(fileURLWithPath: entry.path).deletingPathExtension().lastPathComponent
    }

    /// Why a name picks no lesson.
    public enum LookupError: Error, Sendable {
        case none(suggestion: String?)
        case ambiguous([String])
    }
}
