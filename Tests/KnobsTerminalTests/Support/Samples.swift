/// Documents the rendering tests draw.
enum Samples {
    /// The Dutch corner of `seed/article.txt` as a Markdown table: emoji (flags,
    /// emoji with U+FE0F) in the header and cells, IPA in the second column.
    static let dutchCorner = """
        | 🇳🇱 Word | 🗣️ Pronun. | 🇬🇧 Meaning | 📝 Context (NL + EN) |
        |---|---|---|---|
        | 💻 Computer | /kɔmˈpytər/ | Computer | Ik gebruik de computer elke dag. (I use the computer every day.) |
        | 💡 Idee | /iˈdeː/ | Idea | Dat is een goed idee! (That is a good idea!) |
        | 🤖 Kunstmatige Intelligentie | /ˈkʏnstmaˌtiɣə ɪntɛliˈɣɛnsi/ | Artificial Intelligence | Kunstmatige intelligentie verandert de wereld. (Artificial intelligence is changing the world.) |
        """

    /// A lesson-like page with every kind of block and inline the renderer knows.
    static let lesson = """
        # Parameters: the knobs of a model

        A model's **parameters** are the numbers that training *adjusts*: in
        `y = w*x + b` they are `w` and `b`. Read [the article](https://example.org/llm-parameters)
        or <https://example.org>; names like zero_grad stay as they are.
        A very long word wraps too: Kunstmatigeintelligentieonderzoeksinstituutsmedewerkers.

        ## Three steps

        1. Make a model:
           - a *line* has two parameters,
           - an mlp has many more, in layers:
             - weights,
             - biases.
        2. Measure how wrong it is with a loss, a single number that training drives down, step by step.
        3. Change the parameters.

        ```knobs
        w = param(0.5)   # a knob
        loss = (w * 2 - 3)^2
        backward(loss)
        print(w.grad, "done")
        ```

        > A parameter is a number the model *learns*;
        > a hyperparameter is one you choose.

        ---

        ### Dutch corner

        \(dutchCorner)

        | Model | Parameters | Share |
        |:------|-----------:|:-----:|
        | `linear(2, 1)` | 3 | 1% |
        | `mlp([2, 16, 16, 1])` | 337 | 99% |
        """
}
