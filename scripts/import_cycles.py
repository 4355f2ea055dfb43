"""Import circles between the portal's modules, counted with grimp (import-linter's engine).

    .venv/bin/python scripts/import_cycles.py

Every import counts, including those placed inside functions. Prints the size of the
graph, each circle (strongly connected set of modules) and each app's dependencies on
other apps; exits 1 if any circle is found. ``lint-imports`` enforces the layers.
"""

import sys
from pathlib import Path

import grimp

APPS = ["portal", "practices", "workshops", "library", "search", "opendata", "alerts"]


def circles(edges):
    """Tarjan's strongly connected components with more than one module."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in edges:
        if node not in index:
            visit(node)
    return found


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    graph = grimp.build_graph(*APPS, include_external_packages=False)
    modules = [module for module in graph.modules if ".migrations" not in module]
    edges = {
        module: {
            target
            for target in graph.find_modules_directly_imported_by(module)
            if ".migrations" not in target
        }
        for module in modules
    }
    found = circles(edges)
    print(f"{len(modules)} modules, {sum(len(t) for t in edges.values())} imports")
    print(f"{len(found)} circles, {sum(len(c) for c in found)} modules in circles")
    for component in found:
        print("  circle:", ", ".join(component))
    for app in APPS:
        uses = sorted(
            {t.split(".")[0] for m in modules if m.split(".")[0] == app for t in edges[m]} - {app}
        )
        print(f"{app} -> {', '.join(uses) or '-'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
