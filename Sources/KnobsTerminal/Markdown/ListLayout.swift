import KnobsLang

/// Lays out a list: a bullet or number before each item, and the item's
/// lines hung under its first, so wrapped text and nested lists line up.
struct ListLayout {
    let renderer: MarkdownRenderer
    let symbols: Symbols
    let color: Bool

    func lines(_ list: MarkdownList, width: Int, depth: Int) -> [StyledText] {
        let markers = list.items.indices.map { list.ordered ? "\(list.start + $0)." : symbols.bullet(depth: depth) }
        let markerWidth = (markers.map { DisplayWidth.of($0) }.max() ?? 1) + 1
        var out: [StyledText] = []
        for (index, item) in list.items.enumerated() {
            if index > 0, !list.tight { out.append(StyledText()) }
            var body = renderer.lines(item, width: width - markerWidth, tight: list.tight, depth: depth + 1)
            if body.isEmpty { body = [StyledText()] }
            let marker = markers[index]
            let padding = String(repeating: " ", count: markerWidth - 1 - DisplayWidth.of(marker))
            let first = StyledText(padding) + StyledText(marker, Theme.bullet) + StyledText(" ")
            let hanging = StyledText(String(repeating: " ", count: markerWidth))
            for (row, line) in body.enumerated() {
                out.append((row == 0 ? first : hanging) + line)
            }
        }
        return out
    }
}
