"""Reads a Python literal on stdin and writes its value, as ast.literal_eval gives it, to stdout."""
import ast
import sys

sys.stdout.write(ast.literal_eval(sys.stdin.read()))
