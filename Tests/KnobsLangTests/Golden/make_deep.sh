#!/bin/sh
# Writes limits/deep_parentheses.knobs: an expression inside 10,000 pairs of
# parentheses. The parser must report "nested too deeply" instead of
# exhausting the native stack. Run from this folder: sh make_deep.sh
depth=10000
{
    printf 'x = '
    i=0; while [ $i -lt $depth ]; do printf '('; i=$((i + 1)); done
    printf '1'
    i=0; while [ $i -lt $depth ]; do printf ')'; i=$((i + 1)); done
    printf '\n'
} > limits/deep_parentheses.knobs
