/// Matches runs of `*` and `_` into emphasis and strong emphasis, as
/// CommonMark's "process emphasis" does: each closing run, from the left,
/// takes the nearest opening run of the same mark before it; two marks on
/// both sides make strong emphasis, one makes emphasis. Runs left over are text.
enum EmphasisResolver {
    static func resolve(_ input: [InlineNode]) -> [MarkdownInline] {
        var nodes = input
        var c = 0
        while c < nodes.count {
            guard case .delimiter(var closer) = nodes[c], closer.canClose, let o = opener(for: closer, before: c, in: nodes),
                  case .delimiter(var opener) = nodes[o] else {
                c += 1
                continue
            }
            let used = opener.count >= 2 && closer.count >= 2 ? 2 : 1
            let inner = finished(Array(nodes[(o + 1)..<c]))
            opener.count -= used
            closer.count -= used
            var rebuilt = Array(nodes[..<o])
            if opener.count > 0 { rebuilt.append(.delimiter(opener)) }
            rebuilt.append(.inline(used == 2 ? .strong(inner) : .emphasis(inner)))
            let next = rebuilt.count
            if closer.count > 0 { rebuilt.append(.delimiter(closer)) }
            rebuilt += nodes[(c + 1)...]
            nodes = rebuilt
            c = next
        }
        return finished(nodes)
    }

    /// The nearest run before `index` that can open what `closer` closes.
    private static func opener(for closer: Delimiter, before index: Int, in nodes: [InlineNode]) -> Int? {
        var o = index - 1
        while o >= 0 {
            if case .delimiter(let candidate) = nodes[o], candidate.mark == closer.mark, candidate.canOpen {
                // The rule of three: a run that can both open and close pairs only with a partner whose
                // length makes the sum no multiple of 3 (unless both are).
                let both = candidate.canClose || closer.canOpen
                let sum = candidate.originalCount + closer.originalCount
                if !both || sum % 3 != 0 || (candidate.originalCount % 3 == 0 && closer.originalCount % 3 == 0) {
                    return o
                }
            }
            o -= 1
        }
        return nil
    }

    /// Nodes as inlines: runs left over become text, neighbouring texts join.
    private static func finished(_ nodes: [InlineNode]) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        func add(_ text: String) {
            if case .text(let last) = out.last {
                out[out.count - 1] = .text(last + text)
            } else {
                out.append(.text(text))
            }
        }
        for node in nodes {
            switch node {
            case .text(let text): add(text)
            case .delimiter(let run): add(String(repeating: run.mark, count: run.count))
            case .inline(let inline): out.append(inline)
            }
        }
        return out
    }
}
