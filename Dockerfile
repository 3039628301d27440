# Kỹ Năng Số — production image. Build: docker build -t kynangso .
# Stage 1 builds the production jar (Vaadin production mode, no embedded database).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/kynangso-*.jar /app.jar

# Stage 2: a small runtime with the jar and the course content.
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home /app kns
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
COPY content /app/content
USER kns
EXPOSE 8080 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD wget -qO- http://localhost:${KNS_MANAGEMENT_PORT:-8081}/actuator/health/readiness >/dev/null 2>&1 || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
