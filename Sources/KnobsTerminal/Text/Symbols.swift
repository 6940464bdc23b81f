/// The characters the renderers draw with, in Unicode or in ASCII.
struct Symbols {
    let unicode: Bool

    var rule: String { unicode ? "─" : "-" }
    var doubleRule: String { unicode ? "═" : "=" }
    var quoteBar: String { unicode ? "│ " : "> " }
    var columnSeparator: String { unicode ? " │ " : " | " }
    var headerCross: String { unicode ? "─┼─" : "-+-" }
    var rowCross: String { unicode ? "╌┼╌" : "-+-" }
    var rowRule: String { unicode ? "╌" : "-" }

    /// The bullet of a list nested `depth` lists deep.
    func bullet(depth: Int) -> String {
        let bullets = unicode ? ["•", "◦", "▪"] : ["-", "*", "+"]
        return bullets[depth % bullets.count]
    }
}
