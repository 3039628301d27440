# Sourced by ./mvnw before Maven starts. Vaadin 25 needs JDK 21 or newer; many
# machines still default to JDK 17. If JAVA_HOME (or the java on PATH) is older
# than 21, pick the newest JDK 21+ installed in the usual places.
kns_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1
}
kns_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$kns_current_java" ] || kns_current_java="$(command -v java || true)"
kns_major=0
[ -z "$kns_current_java" ] || kns_major="$(kns_java_major "$kns_current_java")"
if [ "${kns_major:-0}" -lt 21 ]; then
  kns_best=""
  kns_best_major=0
  set +f # ./mvnw runs with globbing off
  for kns_home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$kns_home/bin/javac" ] || continue
    kns_m="$(kns_java_major "$kns_home/bin/java")"
    if [ "${kns_m:-0}" -ge 21 ] && [ "$kns_m" -gt "$kns_best_major" ]; then
      kns_best="$kns_home"
      kns_best_major="$kns_m"
    fi
  done
  set -f
  if [ -n "$kns_best" ]; then
    JAVA_HOME="$kns_best"
    export JAVA_HOME
  else
    echo "Kỹ Năng Số needs JDK 21 or newer; set JAVA_HOME to one (found Java ${kns_major:-none})." >&2
    exit 1
  fi
fi
