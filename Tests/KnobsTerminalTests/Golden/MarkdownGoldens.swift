// Recorded by KNOBS_RECORD_GOLDENS=1 swift test --filter KnobsTerminalTests; review before committing.

extension Goldens {
    static let ascii40 = ##"""
Parameters: the knobs of a model
================================

A model's *parameters* are the numbers
that training _adjusts_: in `y = w*x +
b` they are `w` and `b`. Read the
article
(https://example.org/llm-parameters) or
https://example.org; names like
zero_grad stay as they are. A very long
word wraps too:
Kunstmatigeintelligentieonderzoeksinstit
uutsmedewerkers.

Three steps
-----------

1. Make a model:
   * a _line_ has two parameters,
   * an mlp has many more, in layers:
     + weights,
     + biases.
2. Measure how wrong it is with a loss,
   a single number that training drives
   down, step by step.
3. Change the parameters.

    w = param(0.5)   # a knob
    loss = (w * 2 - 3)^2
    backward(loss)
    print(w.grad, "done")

> A parameter is a number the model
> _learns_; a hyperparameter is one you
> choose.

----------------------------------------

### Dutch corner

🇳🇱 Word: 💻 Computer
🗣️ Pronun.: /kɔmˈpytər/
🇬🇧 Meaning: Computer
📝 Context (NL + EN): Ik gebruik de
  computer elke dag. (I use the computer
  every day.)
----------------------------------------
🇳🇱 Word: 💡 Idee
🗣️ Pronun.: /iˈdeː/
🇬🇧 Meaning: Idea
📝 Context (NL + EN): Dat is een goed
  idee! (That is a good idea!)
----------------------------------------
🇳🇱 Word: 🤖 Kunstmatige Intelligentie
🗣️ Pronun.: /ˈkʏnstmaˌtiɣə
  ɪntɛliˈɣɛnsi/
🇬🇧 Meaning: Artificial Intelligence
📝 Context (NL + EN): Kunstmatige
  intelligentie verandert de wereld.
  (Artificial intelligence is changing
  the world.)

Model               | Parameters | Share
--------------------+------------+------
`linear(2, 1)`      |          3 |  1%
--------------------+------------+------
`mlp([2, 16, 16,    |        337 |  99%
1])`                |            |

"""##

    static let ascii80 = ##"""
Parameters: the knobs of a model
================================

A model's *parameters* are the numbers that training _adjusts_: in `y = w*x + b`
they are `w` and `b`. Read the article (https://example.org/llm-parameters) or
https://example.org; names like zero_grad stay as they are. A very long word
wraps too: Kunstmatigeintelligentieonderzoeksinstituutsmedewerkers.

Three steps
-----------

1. Make a model:
   * a _line_ has two parameters,
   * an mlp has many more, in layers:
     + weights,
     + biases.
2. Measure how wrong it is with a loss, a single number that training drives
   down, step by step.
3. Change the parameters.

    w = param(0.5)   # a knob
    loss = (w * 2 - 3)^2
    backward(loss)
    print(w.grad, "done")

> A parameter is a number the model _learns_; a hyperparameter is one you
> choose.

--------------------------------------------------------------------------------

### Dutch corner

🇳🇱 Word           | 🗣️ Pronun.         | 🇬🇧 Meaning         | 📝 Context (NL +
                  |                    |                    | EN)
------------------+--------------------+--------------------+-------------------
💻 Computer       | /kɔmˈpytər/        | Computer           | Ik gebruik de
                  |                    |                    | computer elke dag.
                  |                    |                    | (I use the
                  |                    |                    | computer every
                  |                    |                    | day.)
------------------+--------------------+--------------------+-------------------
💡 Idee           | /iˈdeː/            | Idea               | Dat is een goed
                  |                    |                    | idee! (That is a
                  |                    |                    | good idea!)
------------------+--------------------+--------------------+-------------------
🤖 Kunstmatige    | /ˈkʏnstmaˌtiɣə     | Artificial         | Kunstmatige
Intelligentie     | ɪntɛliˈɣɛnsi/      | Intelligence       | intelligentie
                  |                    |                    | verandert de
                  |                    |                    | wereld.
                  |                    |                    | (Artificial
                  |                    |                    | intelligence is
                  |                    |                    | changing the
                  |                    |                    | world.)

Model                 | Parameters | Share
----------------------+------------+------
`linear(2, 1)`        |          3 |  1%
`mlp([2, 16, 16, 1])` |        337 |  99%

"""##

    static let color120 = ##"""
␛[1;38;5;75mParameters: the knobs of a model␛[0m
␛[1;38;5;75m════════════════════════════════␛[0m

A model's ␛[1mparameters␛[0m are the numbers that training ␛[3madjusts␛[0m: in ␛[38;5;179my = w*x + b␛[0m they are ␛[38;5;179mw␛[0m and ␛[38;5;179mb␛[0m. Read ␛[4;38;5;75mthe article␛[0m
␛[2m(https://example.org/llm-parameters)␛[0m or ␛[4;38;5;75mhttps://example.org␛[0m; names like zero_grad stay as they are. A very long word
wraps too: Kunstmatigeintelligentieonderzoeksinstituutsmedewerkers.

␛[1;38;5;110mThree steps␛[0m
␛[1;38;5;110m───────────␛[0m

␛[38;5;75m1.␛[0m Make a model:
   ␛[38;5;75m◦␛[0m a ␛[3mline␛[0m has two parameters,
   ␛[38;5;75m◦␛[0m an mlp has many more, in layers:
     ␛[38;5;75m▪␛[0m weights,
     ␛[38;5;75m▪␛[0m biases.
␛[38;5;75m2.␛[0m Measure how wrong it is with a loss, a single number that training drives down, step by step.
␛[38;5;75m3.␛[0m Change the parameters.

    w = ␛[38;5;75mparam␛[0m(␛[38;5;173m0.5␛[0m)   ␛[3;38;5;244m# a knob␛[0m
    loss = (w * ␛[38;5;173m2␛[0m - ␛[38;5;173m3␛[0m)^␛[38;5;173m2␛[0m
    ␛[38;5;75mbackward␛[0m(loss)
    ␛[38;5;75mprint␛[0m(w.grad, ␛[38;5;114m"done"␛[0m)

␛[2m│ ␛[0mA parameter is a number the model ␛[3mlearns␛[0m; a hyperparameter is one you choose.

␛[2m────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────␛[0m

␛[1mDutch corner␛[0m

␛[1m🇳🇱 Word␛[0m                     ␛[2m │ ␛[0m␛[1m🗣️ Pronun.␛[0m                  ␛[2m │ ␛[0m␛[1m🇬🇧 Meaning␛[0m             ␛[2m │ ␛[0m␛[1m📝 Context (NL + EN)␛[0m
␛[2m─────────────────────────────┼──────────────────────────────┼─────────────────────────┼─────────────────────────────────␛[0m
💻 Computer                 ␛[2m │ ␛[0m/kɔmˈpytər/                 ␛[2m │ ␛[0mComputer               ␛[2m │ ␛[0mIk gebruik de computer elke dag.
                            ␛[2m │ ␛[0m                            ␛[2m │ ␛[0m                       ␛[2m │ ␛[0m(I use the computer every day.)
␛[2m╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌␛[0m
💡 Idee                     ␛[2m │ ␛[0m/iˈdeː/                     ␛[2m │ ␛[0mIdea                   ␛[2m │ ␛[0mDat is een goed idee! (That is a
                            ␛[2m │ ␛[0m                            ␛[2m │ ␛[0m                       ␛[2m │ ␛[0mgood idea!)
␛[2m╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌␛[0m
🤖 Kunstmatige Intelligentie␛[2m │ ␛[0m/ˈkʏnstmaˌtiɣə ɪntɛliˈɣɛnsi/␛[2m │ ␛[0mArtificial Intelligence␛[2m │ ␛[0mKunstmatige intelligentie
                            ␛[2m │ ␛[0m                            ␛[2m │ ␛[0m                       ␛[2m │ ␛[0mverandert de wereld. (Artificial
                            ␛[2m │ ␛[0m                            ␛[2m │ ␛[0m                       ␛[2m │ ␛[0mintelligence is changing the
                            ␛[2m │ ␛[0m                            ␛[2m │ ␛[0m                       ␛[2m │ ␛[0mworld.)

␛[1mModel␛[0m              ␛[2m │ ␛[0m␛[1mParameters␛[0m␛[2m │ ␛[0m␛[1mShare␛[0m
␛[2m────────────────────┼────────────┼──────␛[0m
␛[38;5;179mlinear(2, 1)␛[0m       ␛[2m │ ␛[0m         3␛[2m │ ␛[0m 1%
␛[38;5;179mmlp([2, 16, 16, 1])␛[0m␛[2m │ ␛[0m       337␛[2m │ ␛[0m 99%

"""##

    static let color40 = ##"""
␛[1;38;5;75mParameters: the knobs of a model␛[0m
␛[1;38;5;75m════════════════════════════════␛[0m

A model's ␛[1mparameters␛[0m are the numbers
that training ␛[3madjusts␛[0m: in ␛[38;5;179my = w*x + b␛[0m
they are ␛[38;5;179mw␛[0m and ␛[38;5;179mb␛[0m. Read ␛[4;38;5;75mthe article␛[0m
␛[2m(https://example.org/llm-parameters)␛[0m or
␛[4;38;5;75mhttps://example.org␛[0m; names like
zero_grad stay as they are. A very long
word wraps too:
Kunstmatigeintelligentieonderzoeksinstit
uutsmedewerkers.

␛[1;38;5;110mThree steps␛[0m
␛[1;38;5;110m───────────␛[0m

␛[38;5;75m1.␛[0m Make a model:
   ␛[38;5;75m◦␛[0m a ␛[3mline␛[0m has two parameters,
   ␛[38;5;75m◦␛[0m an mlp has many more, in layers:
     ␛[38;5;75m▪␛[0m weights,
     ␛[38;5;75m▪␛[0m biases.
␛[38;5;75m2.␛[0m Measure how wrong it is with a loss,
   a single number that training drives
   down, step by step.
␛[38;5;75m3.␛[0m Change the parameters.

    w = ␛[38;5;75mparam␛[0m(␛[38;5;173m0.5␛[0m)   ␛[3;38;5;244m# a knob␛[0m
    loss = (w * ␛[38;5;173m2␛[0m - ␛[38;5;173m3␛[0m)^␛[38;5;173m2␛[0m
    ␛[38;5;75mbackward␛[0m(loss)
    ␛[38;5;75mprint␛[0m(w.grad, ␛[38;5;114m"done"␛[0m)

␛[2m│ ␛[0mA parameter is a number the model
␛[2m│ ␛[0m␛[3mlearns␛[0m; a hyperparameter is one you
␛[2m│ ␛[0mchoose.

␛[2m────────────────────────────────────────␛[0m

␛[1mDutch corner␛[0m

␛[1m🇳🇱 Word:␛[0m 💻 Computer
␛[1m🗣️ Pronun.:␛[0m /kɔmˈpytər/
␛[1m🇬🇧 Meaning:␛[0m Computer
␛[1m📝 Context (NL + EN):␛[0m Ik gebruik de
  computer elke dag. (I use the computer
  every day.)
␛[2m╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌␛[0m
␛[1m🇳🇱 Word:␛[0m 💡 Idee
␛[1m🗣️ Pronun.:␛[0m /iˈdeː/
␛[1m🇬🇧 Meaning:␛[0m Idea
␛[1m📝 Context (NL + EN):␛[0m Dat is een goed
  idee! (That is a good idea!)
␛[2m╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌␛[0m
␛[1m🇳🇱 Word:␛[0m 🤖 Kunstmatige Intelligentie
␛[1m🗣️ Pronun.:␛[0m /ˈkʏnstmaˌtiɣə
  ɪntɛliˈɣɛnsi/
␛[1m🇬🇧 Meaning:␛[0m Artificial Intelligence
␛[1m📝 Context (NL + EN):␛[0m Kunstmatige
  intelligentie verandert de wereld.
  (Artificial intelligence is changing
  the world.)

␛[1mModel␛[0m              ␛[2m │ ␛[0m␛[1mParameters␛[0m␛[2m │ ␛[0m␛[1mShare␛[0m
␛[2m────────────────────┼────────────┼──────␛[0m
␛[38;5;179mlinear(2, 1)␛[0m       ␛[2m │ ␛[0m         3␛[2m │ ␛[0m 1%
␛[38;5;179mmlp([2, 16, 16, 1])␛[0m␛[2m │ ␛[0m       337␛[2m │ ␛[0m 99%

"""##

    static let color80 = ##"""
␛[1;38;5;75mParameters: the knobs of a model␛[0m
␛[1;38;5;75m════════════════════════════════␛[0m

A model's ␛[1mparameters␛[0m are the numbers that training ␛[3madjusts␛[0m: in ␛[38;5;179my = w*x + b␛[0m they
are ␛[38;5;179mw␛[0m and ␛[38;5;179mb␛[0m. Read ␛[4;38;5;75mthe article␛[0m␛[2m (https://example.org/llm-parameters)␛[0m or
␛[4;38;5;75mhttps://example.org␛[0m; names like zero_grad stay as they are. A very long word
wraps too: Kunstmatigeintelligentieonderzoeksinstituutsmedewerkers.

␛[1;38;5;110mThree steps␛[0m
␛[1;38;5;110m───────────␛[0m

␛[38;5;75m1.␛[0m Make a model:
   ␛[38;5;75m◦␛[0m a ␛[3mline␛[0m has two parameters,
   ␛[38;5;75m◦␛[0m an mlp has many more, in layers:
     ␛[38;5;75m▪␛[0m weights,
     ␛[38;5;75m▪␛[0m biases.
␛[38;5;75m2.␛[0m Measure how wrong it is with a loss, a single number that training drives
   down, step by step.
␛[38;5;75m3.␛[0m Change the parameters.

    w = ␛[38;5;75mparam␛[0m(␛[38;5;173m0.5␛[0m)   ␛[3;38;5;244m# a knob␛[0m
    loss = (w * ␛[38;5;173m2␛[0m - ␛[38;5;173m3␛[0m)^␛[38;5;173m2␛[0m
    ␛[38;5;75mbackward␛[0m(loss)
    ␛[38;5;75mprint␛[0m(w.grad, ␛[38;5;114m"done"␛[0m)

␛[2m│ ␛[0mA parameter is a number the model ␛[3mlearns␛[0m; a hyperparameter is one you choose.

␛[2m────────────────────────────────────────────────────────────────────────────────␛[0m

␛[1mDutch corner␛[0m

␛[1m🇳🇱 Word␛[0m          ␛[2m │ ␛[0m␛[1m🗣️ Pronun.␛[0m        ␛[2m │ ␛[0m␛[1m🇬🇧 Meaning␛[0m        ␛[2m │ ␛[0m␛[1m📝 Context (NL +␛[0m
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m␛[1mEN)␛[0m
␛[2m──────────────────┼────────────────────┼────────────────────┼───────────────────␛[0m
💻 Computer      ␛[2m │ ␛[0m/kɔmˈpytər/       ␛[2m │ ␛[0mComputer          ␛[2m │ ␛[0mIk gebruik de
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mcomputer elke dag.
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m(I use the
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mcomputer every
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mday.)
␛[2m╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌␛[0m
💡 Idee          ␛[2m │ ␛[0m/iˈdeː/           ␛[2m │ ␛[0mIdea              ␛[2m │ ␛[0mDat is een goed
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0midee! (That is a
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mgood idea!)
␛[2m╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌␛[0m
🤖 Kunstmatige   ␛[2m │ ␛[0m/ˈkʏnstmaˌtiɣə    ␛[2m │ ␛[0mArtificial        ␛[2m │ ␛[0mKunstmatige
Intelligentie    ␛[2m │ ␛[0mɪntɛliˈɣɛnsi/     ␛[2m │ ␛[0mIntelligence      ␛[2m │ ␛[0mintelligentie
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mverandert de
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mwereld.
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m(Artificial
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mintelligence is
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mchanging the
                 ␛[2m │ ␛[0m                  ␛[2m │ ␛[0m                  ␛[2m │ ␛[0mworld.)

␛[1mModel␛[0m              ␛[2m │ ␛[0m␛[1mParameters␛[0m␛[2m │ ␛[0m␛[1mShare␛[0m
␛[2m────────────────────┼────────────┼──────␛[0m
␛[38;5;179mlinear(2, 1)␛[0m       ␛[2m │ ␛[0m         3␛[2m │ ␛[0m 1%
␛[38;5;179mmlp([2, 16, 16, 1])␛[0m␛[2m │ ␛[0m       337␛[2m │ ␛[0m 99%

"""##

    static let plain120 = ##"""
Parameters: the knobs of a model
════════════════════════════════

A model's *parameters* are the numbers that training _adjusts_: in `y = w*x + b` they are `w` and `b`. Read the article
(https://example.org/llm-parameters) or https://example.org; names like zero_grad stay as they are. A very long word
wraps too: Kunstmatigeintelligentieonderzoeksinstituutsmedewerkers.

Three steps
───────────

1. Make a model:
   ◦ a _line_ has two parameters,
   ◦ an mlp has many more, in layers:
     ▪ weights,
     ▪ biases.
2. Measure how wrong it is with a loss, a single number that training drives down, step by step.
3. Change the parameters.

    w = param(0.5)   # a knob
    loss = (w * 2 - 3)^2
    backward(loss)
    print(w.grad, "done")

│ A parameter is a number the model _learns_; a hyperparameter is one you choose.

────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────

### Dutch corner

🇳🇱 Word                      │ 🗣️ Pronun.                   │ 🇬🇧 Meaning              │ 📝 Context (NL + EN)
─────────────────────────────┼──────────────────────────────┼─────────────────────────┼─────────────────────────────────
💻 Computer                  │ /kɔmˈpytər/                  │ Computer                │ Ik gebruik de computer elke dag.
                             │                              │                         │ (I use the computer every day.)
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌
💡 Idee                      │ /iˈdeː/                      │ Idea                    │ Dat is een goed idee! (That is a
                             │                              │                         │ good idea!)
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌
🤖 Kunstmatige Intelligentie │ /ˈkʏnstmaˌtiɣə ɪntɛliˈɣɛnsi/ │ Artificial Intelligence │ Kunstmatige intelligentie
                             │                              │                         │ verandert de wereld. (Artificial
                             │                              │                         │ intelligence is changing the
                             │                              │                         │ world.)

Model                 │ Parameters │ Share
──────────────────────┼────────────┼──────
`linear(2, 1)`        │          3 │  1%
`mlp([2, 16, 16, 1])` │        337 │  99%

"""##

    static let plain40 = ##"""
Parameters: the knobs of a model
════════════════════════════════

A model's *parameters* are the numbers
that training _adjusts_: in `y = w*x +
b` they are `w` and `b`. Read the
article
(https://example.org/llm-parameters) or
https://example.org; names like
zero_grad stay as they are. A very long
word wraps too:
Kunstmatigeintelligentieonderzoeksinstit
uutsmedewerkers.

Three steps
───────────

1. Make a model:
   ◦ a _line_ has two parameters,
   ◦ an mlp has many more, in layers:
     ▪ weights,
     ▪ biases.
2. Measure how wrong it is with a loss,
   a single number that training drives
   down, step by step.
3. Change the parameters.

    w = param(0.5)   # a knob
    loss = (w * 2 - 3)^2
    backward(loss)
    print(w.grad, "done")

│ A parameter is a number the model
│ _learns_; a hyperparameter is one you
│ choose.

────────────────────────────────────────

### Dutch corner

🇳🇱 Word: 💻 Computer
🗣️ Pronun.: /kɔmˈpytər/
🇬🇧 Meaning: Computer
📝 Context (NL + EN): Ik gebruik de
  computer elke dag. (I use the computer
  every day.)
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌
🇳🇱 Word: 💡 Idee
🗣️ Pronun.: /iˈdeː/
🇬🇧 Meaning: Idea
📝 Context (NL + EN): Dat is een goed
  idee! (That is a good idea!)
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌
🇳🇱 Word: 🤖 Kunstmatige Intelligentie
🗣️ Pronun.: /ˈkʏnstmaˌtiɣə
  ɪntɛliˈɣɛnsi/
🇬🇧 Meaning: Artificial Intelligence
📝 Context (NL + EN): Kunstmatige
  intelligentie verandert de wereld.
  (Artificial intelligence is changing
  the world.)

Model               │ Parameters │ Share
────────────────────┼────────────┼──────
`linear(2, 1)`      │          3 │  1%
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌
`mlp([2, 16, 16,    │        337 │  99%
1])`                │            │

"""##

    static let plain80 = ##"""
Parameters: the knobs of a model
════════════════════════════════

A model's *parameters* are the numbers that training _adjusts_: in `y = w*x + b`
they are `w` and `b`. Read the article (https://example.org/llm-parameters) or
https://example.org; names like zero_grad stay as they are. A very long word
wraps too: Kunstmatigeintelligentieonderzoeksinstituutsmedewerkers.

Three steps
───────────

1. Make a model:
   ◦ a _line_ has two parameters,
   ◦ an mlp has many more, in layers:
     ▪ weights,
     ▪ biases.
2. Measure how wrong it is with a loss, a single number that training drives
   down, step by step.
3. Change the parameters.

    w = param(0.5)   # a knob
    loss = (w * 2 - 3)^2
    backward(loss)
    print(w.grad, "done")

│ A parameter is a number the model _learns_; a hyperparameter is one you
│ choose.

────────────────────────────────────────────────────────────────────────────────

### Dutch corner

🇳🇱 Word           │ 🗣️ Pronun.         │ 🇬🇧 Meaning         │ 📝 Context (NL +
                  │                    │                    │ EN)
──────────────────┼────────────────────┼────────────────────┼───────────────────
💻 Computer       │ /kɔmˈpytər/        │ Computer           │ Ik gebruik de
                  │                    │                    │ computer elke dag.
                  │                    │                    │ (I use the
                  │                    │                    │ computer every
                  │                    │                    │ day.)
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌
💡 Idee           │ /iˈdeː/            │ Idea               │ Dat is een goed
                  │                    │                    │ idee! (That is a
                  │                    │                    │ good idea!)
╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌
🤖 Kunstmatige    │ /ˈkʏnstmaˌtiɣə     │ Artificial         │ Kunstmatige
Intelligentie     │ ɪntɛliˈɣɛnsi/      │ Intelligence       │ intelligentie
                  │                    │                    │ verandert de
                  │                    │                    │ wereld.
                  │                    │                    │ (Artificial
                  │                    │                    │ intelligence is
                  │                    │                    │ changing the
                  │                    │                    │ world.)

Model                 │ Parameters │ Share
──────────────────────┼────────────┼──────
`linear(2, 1)`        │          3 │  1%
`mlp([2, 16, 16, 1])` │        337 │  99%

"""##
}
