import Foundation
import Testing
@testable import KnobsStore

/// Where the data lives: the environment's order of precedence, and the directory made on first use.
@Suite("Data directory")
struct DataDirectoryTests {
    @Test("KNOBS_HOME wins over everything")
    func knobsHomeWins() throws {
        let directory = try DataDirectory.resolve(environment: [
            "KNOBS_HOME": "/srv/knobs", "XDG_DATA_HOME": "/data", "HOME": "/home/ada",
        ])
        #expect(directory.url.path == "/srv/knobs")
    }

    @Test("XDG_DATA_HOME/knobs when KNOBS_HOME is unset or empty")
    func xdgDataHome() throws {
        for environment in [["XDG_DATA_HOME": "/data", "HOME": "/home/ada"], ["KNOBS_HOME": "", "XDG_DATA_HOME": "/data"]] {
            #expect(try DataDirectory.resolve(environment: environment).url.path == "/data/knobs")
        }
    }

    @Test("~/.local/share/knobs when XDG_DATA_HOME is unset, empty or relative")
    func homeFallback() throws {
        for dataHome in [nil, "", "relative/data"] {
            var environment = ["HOME": "/home/ada"]
            environment["XDG_DATA_HOME"] = dataHome
            #expect(try DataDirectory.resolve(environment: environment).url.path == "/home/ada/.local/share/knobs")
        }
    }

    @Test("without HOME, the user database's home directory")
    func userDatabaseHome() throws {
        let home = try #require(UserDatabase.homeDirectory())
        let directory = try DataDirectory.resolve(environment: [:])
        #expect(directory.url.path == URL(fileURLWithPath: home).appendingPathComponent(".local/share/knobs").standardizedFileURL.path)
    }

    @Test("a relative KNOBS_HOME is taken from the working directory")
    func relativeKnobsHome() throws {
        let directory = try DataDirectory.resolve(environment: ["KNOBS_HOME": "state"])
        #expect(directory.url.path == URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("state").path)
    }

    @Test("the database and the history file live inside the directory")
    func files() {
        let directory = DataDirectory(url: URL(fileURLWithPath: "/srv/knobs"))
        #expect(directory.databaseURL.path == "/srv/knobs/knobs.sqlite")
        #expect(directory.historyURL.path == "/srv/knobs/history")
    }

    @Test("create makes the directory and its missing parents private (0700)")
    func createsPrivately() throws {
        let scratch = try TemporaryDirectory()
        let directory = try DataDirectory.resolve(environment: ["XDG_DATA_HOME": scratch.url.appendingPathComponent("new/data").path])
        try directory.create()
        for path in ["new", "new/data", "new/data/knobs"] {
            #expect(try permissions(scratch.url.appendingPathComponent(path)) == 0o700, "\(path)")
        }
    }

    @Test("create keeps an existing directory as it is, and can run again")
    func createIsIdempotent() throws {
        let scratch = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: scratch.url.path)
        let directory = DataDirectory(url: scratch.url)
        try directory.create()
        try directory.create()
        #expect(try permissions(scratch.url) == 0o750)
    }

    @Test("a file in the way is reported by its path")
    func fileInTheWay() throws {
        let scratch = try TemporaryDirectory()
        let file = scratch.url.appendingPathComponent("taken")
        try Data().write(to: file)
        #expect(throws: StoreError.notADirectory(path: file.path)) {
            try DataDirectory(url: file.appendingPathComponent("knobs")).create()
        }
    }

    @Test("the default learner is the user's name")
    func defaultLearner() {
        #expect(DefaultLearner.name(environment: ["USER": "ada", "LOGNAME": "lovelace"]) == "ada")
        #expect(DefaultLearner.name(environment: ["USER": "", "LOGNAME": "lovelace"]) == "lovelace")
        #expect(DefaultLearner.name(environment: [:]) == UserDatabase.userName() ?? "learner")
    }

    private func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
