import Foundation

/// Where the lessons are: `--lessons`, else `$KNOBS_LESSONS`, else a `lessons`
/// folder in the current directory, else the one that came with knobs (the
/// nearest `lessons` folder above the executable: a checkout's `.build/…/knobs`
/// finds the checkout's lessons).
public enum LessonsFolder {
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment, executable: String = CommandLine.arguments[0]) -> String {
        if let option { return option }
        if let folder = environment["KNOBS_LESSONS"], !folder.isEmpty { return folder }
        let here = FileManager.default.currentDirectoryPath + "/lessons"
        if isFolder(here) { return "lessons" }
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("lessons").path
            if isFolder(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return "lessons"
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
