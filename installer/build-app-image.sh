#!/usr/bin/env bash
# Builds a self-contained Linux app-image of Tidings with the JDK's own jpackage:
#   installer/build-app-image.sh            -> target/installer/Tidings/bin/Tidings
#   installer/build-app-image.sh deb        -> a .deb package (needs fakeroot and dpkg-deb)
#   installer/build-app-image.sh rpm        -> an .rpm package (needs rpm-build)
# The image bundles a trimmed Java runtime, so the machine it runs on needs no JDK.
set -euo pipefail

type="${1:-app-image}"
cd "$(dirname "$0")/.."

command -v jpackage >/dev/null || { echo "jpackage not found: install a JDK 17 or newer with jmods (e.g. openjdk-17-jdk)" >&2; exit 1; }

# TIDINGS_MVN_FLAGS adds Maven options, such as -o to build offline.
mvn -B -q ${TIDINGS_MVN_FLAGS:-} -DskipTests package

version="$(sed -n 's/^version=//p' target/classes/io/tidings/cli/build.properties)"
app_version="${version%%-*}"
input=target/jpackage-input
dest=target/installer
rm -rf "$input" "$dest/Tidings"
mkdir -p "$input" "$dest"
cp target/tidings.jar "$input/"
cp target/lib/*.jar "$input/"
# The classifier-less javafx-*.jar files hold only a manifest; the -linux ones hold the code and natives.
find "$input" -name 'javafx-*.jar' ! -name '*-linux.jar' -delete
# The desktop entry and the workspace file type, which the deb's own postinst installs (they land in lib/app).
cp installer/linux/tidings.desktop installer/linux/tidings-mime.xml "$input/"

# jdeps cannot list the modules (see shared/TOOLCHAIN.md), so they are named here.
# java.management and jdk.management: Micrometer's JVM metrics; java.net.http: the AWS signer and HTTP channels;
# jdk.crypto.ec: TLS with EC keys (SMTP, APNs, Jetty); java.naming: Jetty and Logback; jdk.random: the sending
# engine's RandomGenerator.getDefault() (without it the installed app could not start sending).
modules=jdk.random,java.base,java.desktop,java.logging,java.naming,java.net.http,java.scripting,java.sql,java.xml,java.management,jdk.management,jdk.unsupported,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.zipfs,jdk.jsobject,jdk.xml.dom

extra=()
case "$type" in
  # Our own postinst and prerm (installer/linux): jpackage's fail on a system without a menu directory.
  deb) extra=(--linux-package-deps libgtk-3-0 --resource-dir installer/linux --linux-app-category misc) ;;
  rpm) extra=(--linux-package-deps gtk3 --linux-shortcut --linux-menu-group Office) ;;
  app-image) ;;
  *) echo "usage: $0 [app-image|deb|rpm]" >&2; exit 2 ;;
esac

jpackage \
  --type "$type" \
  --name Tidings \
  --app-version "$app_version" \
  --vendor "Tidings" \
  --description "A desktop workbench for marketers" \
  --input "$input" \
  --main-jar tidings.jar \
  --main-class io.tidings.app.Launcher \
  --icon assets/icons/tidings.png \
  --add-modules "$modules" \
  --java-options "-Xmx4g" \
  --dest "$dest" \
  "${extra[@]}"

echo "Built $type in $dest"
