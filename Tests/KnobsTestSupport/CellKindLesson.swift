/// The small lesson that tests of a plugin's cell kind parse, run, release and grade: a
/// front matter naming `plugins`, a line of prose, the cell ```` ```knobs HEADER ```` holding
/// `body` (its fence on line 8, its first line on line 9), then an exercise `n` worth 2
/// points (its fence on line 17) whose solution is `n = 2`, and one check.
public enum CellKindLesson {
    public static func text(plugins: String, header: String, body: String, prose: String) -> String {
        """
        ---
        id: words
        title: Words
        plugins: \(plugins)
        ---
        \(prose)

        ```knobs \(header)
        \(body)
        ```

        ```knobs exercise id=n points=2
        n = ___
        ```

        ```knobs solution id=n
        n = 2
        ```

        ```knobs check id=n
        expect(n == 2, "n should be 2")
        ```

        """
    }
}
