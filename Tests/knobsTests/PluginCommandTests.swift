import Foundation
import Testing

/// Plugins as a teacher meets them: `knobs plugins`, and lessons that name plugins under `knobs run` and `knobs grade`.
@Suite("plugins")
struct PluginCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Plugins/Examples").path
    static let fixtures = root.appendingPathComponent("Tests/KnobsPluginAPITests/Fixtures").path

    /// A lesson whose exercise needs the example plugin's optimizer.
    static func lesson(plugins: String = "[unit-step]") -> String {
        """
        ---
        id: steps
        title: Steps of one length
        plugins: \(plugins)
        ---

        ```knobs
        w = param([0, 0])
        backward(sum(w * tensor([30, 40])))
        ```

        ```knobs exercise id=one points=2
        # Take one step of length 0.5 with unit_step.
        opt = ___
        opt.step(w)
        ```

        ```knobs solution id=one
        opt = unit_step(lr: 0.5)
        opt.step(w)
        ```

        ```knobs check id=one
        expect(near(w, tensor([-0.3, -0.4])), "w should be [-0.3, -0.4], not {w}")
        ```

        ```knobs check id=one hidden
        expect(near(unit_rule(tensor([1]), tensor([-2]), 1), tensor([2])), "unit_rule is the plugin's")
        ```
        """
    }

    @Test("knobs plugins lists a script plugin on the plugin path with its version, summary and folder")
    func listing() async throws {
        let home = try TemporaryDirectory()
        let result = try await KnobsBinary.run(["plugins"], environment: ["KNOBS_HOME": home.path, "KNOBS_PLUGIN_PATH": Self.examples])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("unit-step 1.0.0  (\(Self.examples)/unit-step)\n    Normalised gradient descent"), "\(result)")
        #expect(result.stdout.contains("optimizers 1.0.0  (built-in)\n"), "\(result)")
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("unit-step") }, "\(result)")
    }

    @Test("knobs plugins NAME shows each function with its signature and documentation")
    func details() async throws {
        let home = try TemporaryDirectory()
        let result = try await KnobsBinary.run(["plugins", "unit-step"], environment: ["KNOBS_HOME": home.path, "KNOBS_PLUGIN_PATH": Self.examples])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\n  unit_step(lr: 0.1)\n      Normalised gradient descent: every step has length lr"), "\(result)")
    }

    @Test("knobs plugins NAME wraps its signatures and documentation to the terminal's width")
    func detailsWrapped() async throws {
        let home = try TemporaryDirectory()
        for columns in [80, 50] {
            let result = try await KnobsBinary.run(["plugins", "optimizers"], environment: ["KNOBS_HOME": home.path, "COLUMNS": "\(columns)"])
            #expect(result.exitCode == 0, "\(result)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= columns }, "\(result.stdout)")
            #expect(lines.contains { $0.hasPrefix("  race(surface, optimizers, steps: 100") }, "\(result.stdout)")
            #expect(lines.contains { $0.hasPrefix("    ") && !$0.hasPrefix("      ") && $0.contains("height: nil)") }, "a signature goes on under 4 spaces: \(result.stdout)")
        }
    }

    @Test("under knobs run, the plugins' tables and text fit 80 columns with the transcript's indent", arguments: ["10-optimizers", "11-overfitting"])
    func transcriptWidth(_ lesson: String) async throws {
        let home = try TemporaryDirectory()
        let path = Self.root.appendingPathComponent("lessons/\(lesson).md").path
        let result = try await KnobsBinary.run(["run", path, "--solutions"], environment: ["KNOBS_HOME": home.path, "LANG": "C.UTF-8"],
                                               deadline: .seconds(120))
        #expect(result.exitCode == 0, "\(result)")
        // The lines that name the lesson's file are as long as the checkout's path, wherever it is.
        let wide = result.stdout.split(separator: "\n").filter { $0.count > 80 && !$0.contains(path) }
        #expect(wide.isEmpty, "\(lesson): \(wide.joined(separator: "\n"))")
    }

    @Test("a script plugin in the data directory's plugins folder is found")
    func dataDirectory() async throws {
        let home = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: home.file("plugins"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.examples + "/unit-step", toPath: home.file("plugins/unit-step"))
        let result = try await KnobsBinary.run(["eval", "unit_step(lr: 0.2)"], environment: ["KNOBS_HOME": home.path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "unit_step(lr: 0.2)\n")
    }

    @Test("a lesson that names a plugin runs with it, and a submission that rebinds its functions cannot change the checks")
    func lessonWithPlugin() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.lesson(), to: "key.md")
        let environment = ["KNOBS_HOME": home.path, "KNOBS_PLUGIN_PATH": Self.examples, "LANG": "C.UTF-8"]
        let run = try await KnobsBinary.run(["run", home.file("key.md"), "--solutions"], environment: environment)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.hasSuffix("2 passed, 0 failed\n"), "\(run)")
        let cheat = Self.lesson().replacingOccurrences(of: "opt = ___", with: "unit_rule = fn(p, g, lr) = p\nopt = unit_step(lr: 0.5)")
        try home.write(cheat, to: "submission.md")
        let graded = try await KnobsBinary.run(["grade", "--key", home.file("key.md"), home.file("submission.md"), "--format", "json"], environment: environment)
        #expect(graded.exitCode == 1, "\(graded)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any])
        let submission = try #require((report["submissions"] as? [[String: Any]])?.first)
        let exercise = try #require((submission["exercises"] as? [[String: Any]])?.first)
        // The rebound rule makes the step a no-op, so the visible check fails; the hidden one sees the plugin's rule.
        let checks = try #require(exercise["checks"] as? [[String: Any]])
        #expect(checks.map { $0["status"] as? String } == ["failed", "passed"], "\(graded.stdout)")
        #expect((submission["flags"] as? [String])?.contains { $0.contains("unit_rule") } == true, "\(graded.stdout)")
    }

    @Test("a lesson that names a plugin nobody installed stops before the first cell, at the front matter, exit 2")
    func unknownPlugin() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.lesson(), to: "key.md")
        let result = try await KnobsBinary.run(["run", home.file("key.md")], environment: ["KNOBS_HOME": home.path, "KNOBS_PLUGIN_PATH": nil])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("there is no plugin 'unit-step'"), "\(result)")
        #expect(result.stderr.contains("key.md:4:11"), "\(result)")
    }

    @Test("a plugin with a syntax error stops the lesson before the first cell, naming the plugin's file and line")
    func brokenPlugin() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.lesson(plugins: "[broken-syntax]"), to: "key.md")
        let result = try await KnobsBinary.run(["run", home.file("key.md")], environment: ["KNOBS_HOME": home.path, "KNOBS_PLUGIN_PATH": Self.fixtures])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken-syntax/broken.knobs:2:20"), "\(result)")
        #expect(result.stderr.contains("in plugin 'broken-syntax'") && result.stderr.contains("uses plugins: [broken-syntax]"), "\(result)")
    }

    @Test("a lesson gets only the plugins it names")
    func onlyNamedPlugins() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.lesson(plugins: "[]"), to: "key.md")
        let result = try await KnobsBinary.run(["run", home.file("key.md"), "--solutions"], environment: ["KNOBS_HOME": home.path, "KNOBS_PLUGIN_PATH": Self.examples])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.contains("undefined variable 'unit_step'"), "\(result)")
    }

    @Test("the REPL: free code gets every plugin, a lesson only its own; :plugins and :help NAME know them")
    func repl() async throws {
        let home = try TemporaryDirectory()
        let lessons = try TemporaryDirectory()
        try lessons.write(Self.lesson().replacingOccurrences(of: "id: steps", with: "id: 10-steps"), to: "10-steps.md")
        try lessons.write("---\nid: 11-plain\ntitle: Plain\n---\n\n```knobs\nx = 1\n```\n", to: "11-plain.md")
        let input = "unit_step(lr: 0.2)\n:open 11\nunit_step(lr: 0.2)\n:plugins\n:open 10\n:plugins\n:help unit_step\n"
        let result = try await KnobsBinary.run(
            ["repl", "--lessons", lessons.path], stdin: .text(input),
            environment: REPLRun.environment(home: home, ["KNOBS_PLUGIN_PATH": Self.examples]))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\nunit_step(lr: 0.2)\n11-plain: Plain"), "\(result)")
        #expect(result.stderr.contains("undefined variable 'unit_step'"), "\(result)")
        #expect(result.stdout.contains("11-plain uses no plugins."), "\(result)")
        #expect(result.stdout.contains("10-steps uses: unit-step."), "\(result)")
        #expect(result.stdout.contains("(from the plugin unit-step)"), "\(result)")
    }
}
