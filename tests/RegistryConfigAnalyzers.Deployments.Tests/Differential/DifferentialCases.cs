using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Deployments.Tests.Differential;

/// <summary>The deployment fixtures started on the real registry (2.x images: the binary here is 2.8).</summary>
public static class DifferentialCases
{
    private const string HtpasswdConfig = """
        version: 0.1
        log:
          fields:
            service: registry
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        http:
          addr: :5000
        auth:
          htpasswd:
            realm: basic-realm
            path: /auth/htpasswd
        """;

    private static readonly DifferentialCase[] Cases =
    {
        new DifferentialCase("compose: an empty REGISTRY_AUTH clears the mounted htpasswd auth")
            .File("deploy/docker-compose.yml", """
                version: "3.8"
                services:
                  registry:
                    image: registry:2.8
                    restart: always
                    environment:
                      REGISTRY_AUTH: ""
                    volumes:
                      - ./registry/config.yml:/etc/docker/registry/config.yml:ro
                      - ./registry/htpasswd:/auth/htpasswd:ro
                      - registry-data:/var/lib/registry
                  ui:
                    image: joxit/docker-registry-ui:2
                    environment:
                      REGISTRY_URL: http://registry:5000
                volumes:
                  registry-data:
                """)
            .Project("deploy/registry/config.yml", HtpasswdConfig)
            .Reads(HtpasswdConfig).Env("REGISTRY_AUTH=").Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("compose: htpasswd variables alone protect the image's own config")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      - REGISTRY_AUTH_HTPASSWD_REALM=Registry Realm
                      - REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd
                      - REGISTRY_STORAGE_DELETE_ENABLED=true
                    volumes:
                      - ./auth:/auth
                """)
            .Env("REGISTRY_AUTH_HTPASSWD_REALM=Registry Realm", "REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd",
                "REGISTRY_STORAGE_DELETE_ENABLED=true")
            .Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("compose: an env file of the project turns deletes on")
            .File("ops/compose.yaml", """
                services:
                  hub:
                    image: docker.io/library/registry:2.8.3
                    env_file:
                      - ./registry.env
                    ports:
                      - "127.0.0.1:5000:5000"
                """)
            .Project("ops/registry.env", """
                # registry settings
                REGISTRY_STORAGE_DELETE_ENABLED=true
                REGISTRY_LOG_LEVEL=warn
                """)
            .Env("REGISTRY_STORAGE_DELETE_ENABLED=true", "REGISTRY_LOG_LEVEL=warn"),

        new DifferentialCase("compose: a config from the configs section runs silly auth")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    configs:
                      - source: registry
                        target: /etc/docker/registry/config.yml
                configs:
                  registry:
                    file: ./config/registry.yml
                """)
            .Project("config/registry.yml", """
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service
                """),

        new DifferentialCase("compose: S3 variables beside the image's filesystem driver stop it")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_S3_REGION: us-west-2
                      REGISTRY_STORAGE_S3_BUCKET: images
                      REGISTRY_STORAGE_S3_ROOTDIRECTORY: /registry
                """)
            .Env("REGISTRY_STORAGE_S3_REGION=us-west-2", "REGISTRY_STORAGE_S3_BUCKET=images",
                "REGISTRY_STORAGE_S3_ROOTDIRECTORY=/registry"),

        new DifferentialCase("compose: the command names another config path, mounted from the project")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2.7
                    command: ["/etc/registry/registry.yml"]
                    volumes:
                      - ./registry.yml:/etc/registry/registry.yml
                      - ./htpasswd:/auth/htpasswd
                """)
            .Project("registry.yml", HtpasswdConfig)
            .Reads(HtpasswdConfig).Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("compose: a quoted true leaves deletes off")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: '"true"'
                """)
            .Env("REGISTRY_STORAGE_DELETE_ENABLED=\"true\""),

        new DifferentialCase("compose: read-only through a variable with no maintenance block panics")
            .File("docker-compose.yml", """
                services:
                  mirror:
                    image: registry:2
                    environment:
                      - REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED=true
                """)
            .Env("REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED=true"),

        new DifferentialCase("compose: read-only given as YAML turns deletes off")
            .File("docker-compose.yml", """
                services:
                  mirror:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: "true"
                      REGISTRY_STORAGE_MAINTENANCE_READONLY: "{enabled: true}"
                """)
            .Env("REGISTRY_STORAGE_DELETE_ENABLED=true", "REGISTRY_STORAGE_MAINTENANCE_READONLY={enabled: true}"),

        new DifferentialCase("compose: a mounted folder's config without a driver gets one from the environment")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY: /var/lib/registry
                    volumes:
                      - ./registry:/etc/docker/registry
                """)
            .Project("registry/config.yml", """
                version: 0.1
                storage:
                  delete:
                    enabled: true
                  cache:
                    blobdescriptor: inmemory
                http:
                  addr: 0.0.0.0:5000
                htpasswd:
                  realm: registry
                  path: /auth/htpasswd
                """)
            .Reads("""
                version: 0.1
                storage:
                  delete:
                    enabled: true
                  cache:
                    blobdescriptor: inmemory
                http:
                  addr: 0.0.0.0:5000
                htpasswd:
                  realm: registry
                  path: /auth/htpasswd
                """)
            .Env("REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY=/var/lib/registry"),

        new DifferentialCase("compose: htpasswd auth without a path panics")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_AUTH: htpasswd
                      REGISTRY_AUTH_HTPASSWD_REALM: realm
                """)
            .Env("REGISTRY_AUTH=htpasswd", "REGISTRY_AUTH_HTPASSWD_REALM=realm"),

        new DifferentialCase("compose: silly auth through the environment")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      - REGISTRY_AUTH=silly
                      - REGISTRY_AUTH_SILLY_REALM=realm
                      - REGISTRY_AUTH_SILLY_SERVICE=registry
                """)
            .Env("REGISTRY_AUTH=silly", "REGISTRY_AUTH_SILLY_REALM=realm", "REGISTRY_AUTH_SILLY_SERVICE=registry"),

        new DifferentialCase("compose v1: REGISTRY_AUTH=none over a protected config")
            .File("docker-compose.yml", """
                registry:
                  image: registry:2
                  environment:
                    - REGISTRY_AUTH=none
                  volumes:
                    - ./config.yml:/etc/docker/registry/config.yml
                """)
            .Project("config.yml", HtpasswdConfig)
            .Reads(HtpasswdConfig).Env("REGISTRY_AUTH=none").Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("compose: an empty REGISTRY_STORAGE_DELETE turns the file's deletes off")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_DELETE: ""
                    volumes:
                      - ./config.yml:/etc/docker/registry/config.yml
                """)
            .Project("config.yml", HtpasswdConfig)
            .Reads(HtpasswdConfig).Env("REGISTRY_STORAGE_DELETE=").Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("kubernetes: an empty REGISTRY_AUTH clears the ConfigMap's htpasswd auth")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-config
                  namespace: registry
                data:
                  config.yml: |-
                """ + "\n" + Indent(HtpasswdConfig, 4) + "\n" + """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: registry
                  namespace: registry
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app: registry
                  template:
                    metadata:
                      labels:
                        app: registry
                    spec:
                      containers:
                        - name: registry
                          image: registry:2.8.2
                          env:
                            - name: REGISTRY_AUTH
                              value: ""
                          volumeMounts:
                            - name: config
                              mountPath: /etc/docker/registry
                      volumes:
                        - name: config
                          configMap:
                            name: registry-config
                """)
            .Reads(HtpasswdConfig).Env("REGISTRY_AUTH=").Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("kubernetes: envFrom a ConfigMap turns on htpasswd and deletes")
            .File("k8s/registry.yaml", """
                kind: ConfigMap
                apiVersion: v1
                metadata:
                  name: registry-env
                data:
                  REGISTRY_AUTH_HTPASSWD_REALM: Private Registry
                  REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
                  REGISTRY_STORAGE_DELETE_ENABLED: "true"
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: registry
                spec:
                  serviceName: registry
                  template:
                    spec:
                      containers:
                      - name: registry
                        image: registry:2
                        envFrom:
                        - configMapRef:
                            name: registry-env
                """)
            .Env("REGISTRY_AUTH_HTPASSWD_REALM=Private Registry", "REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd",
                "REGISTRY_STORAGE_DELETE_ENABLED=true")
            .Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("kubernetes: a Service named registry-storage stops the registry")
            .File("k8s/registry.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: registry
                spec:
                  template:
                    metadata:
                      labels:
                        app: registry
                    spec:
                      containers:
                        - name: registry
                          image: registry:2
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: registry-storage
                spec:
                  selector:
                    app: registry
                  ports:
                    - name: http
                      port: 5000
                """)
            .Env("REGISTRY_STORAGE_SERVICE_HOST=10.0.0.1", "REGISTRY_STORAGE_SERVICE_PORT=5000",
                "REGISTRY_STORAGE_SERVICE_PORT_HTTP=5000", "REGISTRY_STORAGE_PORT=tcp://10.0.0.1:5000",
                "REGISTRY_STORAGE_PORT_5000_TCP=tcp://10.0.0.1:5000", "REGISTRY_STORAGE_PORT_5000_TCP_PROTO=tcp",
                "REGISTRY_STORAGE_PORT_5000_TCP_PORT=5000", "REGISTRY_STORAGE_PORT_5000_TCP_ADDR=10.0.0.1"),

        new DifferentialCase("kubernetes: a Service named registry only adds ignored variables")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: registry
                spec:
                  selector:
                    app: registry
                  ports:
                    - port: 5000
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: registry
                  labels:
                    app: registry
                spec:
                  containers:
                    - name: registry
                      image: registry:2
                """)
            .Env("REGISTRY_SERVICE_HOST=10.0.0.1", "REGISTRY_SERVICE_PORT=5000", "REGISTRY_PORT=tcp://10.0.0.1:5000",
                "REGISTRY_PORT_5000_TCP=tcp://10.0.0.1:5000", "REGISTRY_PORT_5000_TCP_PROTO=tcp",
                "REGISTRY_PORT_5000_TCP_PORT=5000", "REGISTRY_PORT_5000_TCP_ADDR=10.0.0.1"),

        new DifferentialCase("kubernetes: a maintenance section from a configMapKeyRef makes it read-only")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-settings
                data:
                  maintenance: "{readonly: {enabled: true}}"
                ---
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: registry-migration
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: registry
                          image: registry:2
                          env:
                            - name: REGISTRY_STORAGE_DELETE_ENABLED
                              value: "true"
                            - name: REGISTRY_STORAGE_MAINTENANCE
                              valueFrom:
                                configMapKeyRef:
                                  name: registry-settings
                                  key: maintenance
                """)
            .Env("REGISTRY_STORAGE_DELETE_ENABLED=true", "REGISTRY_STORAGE_MAINTENANCE={readonly: {enabled: true}}"),

        new DifferentialCase("kubernetes: a dependent variable names the htpasswd file")
            .File("k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: registry
                spec:
                  enableServiceLinks: false
                  containers:
                    - name: registry
                      image: registry:2
                      env:
                        - name: AUTH_DIR
                          value: /auth
                        - name: REGISTRY_AUTH_HTPASSWD_REALM
                          value: realm
                        - name: REGISTRY_AUTH_HTPASSWD_PATH
                          value: $(AUTH_DIR)/htpasswd
                """)
            .Env("AUTH_DIR=/auth", "REGISTRY_AUTH_HTPASSWD_REALM=realm", "REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd")
            .Holds("/auth/htpasswd", "htpasswd"),

        new DifferentialCase("kubernetes: a subPath config with a second provider in the environment")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-config
                data:
                  registry.yml: |
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                    auth:
                      silly:
                        realm: silly-realm
                        service: silly-service
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: registry
                spec:
                  template:
                    spec:
                      containers:
                        - name: registry
                          image: registry:2
                          env:
                            - name: REGISTRY_AUTH
                              value: "{htpasswd: {realm: r, path: /auth/htpasswd}}"
                          volumeMounts:
                            - name: config
                              mountPath: /etc/docker/registry/config.yml
                              subPath: registry.yml
                      volumes:
                        - name: config
                          configMap:
                            name: registry-config
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service

                """)
            .Env("REGISTRY_AUTH={htpasswd: {realm: r, path: /auth/htpasswd}}")
            .Holds("/auth/htpasswd", "htpasswd"),

        // Compose copies the environment of the service named by `extends` into the one that extends it.
        new DifferentialCase("compose: a service that extends another gets its variables")
            .File("docker-compose.yml", """
                x-note: the base service sets what every registry of the team shares
                services:
                  registry-base:
                    image: alpine:3.19
                    environment:
                      REGISTRY_AUTH_SILLY_REALM: silly-realm
                      REGISTRY_AUTH_SILLY_SERVICE: silly-service
                      REGISTRY_STORAGE_DELETE_ENABLED: "true"
                  registry:
                    extends:
                      service: registry-base
                    image: registry:2
                """)
            .Env("REGISTRY_AUTH_SILLY_REALM=silly-realm", "REGISTRY_AUTH_SILLY_SERVICE=silly-service",
                "REGISTRY_STORAGE_DELETE_ENABLED=true"),

        // `docker compose up` in a folder reads docker-compose.override.yml over docker-compose.yml.
        new DifferentialCase("compose: the override file of the folder turns deletes on")
            .File("deploy/docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_AUTH_HTPASSWD_REALM: Registry Realm
                      REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
                    volumes:
                      - ./auth:/auth
                """)
            .File("deploy/docker-compose.override.yml", """
                services:
                  registry:
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: "true"
                """)
            .Env("REGISTRY_AUTH_HTPASSWD_REALM=Registry Realm", "REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd",
                "REGISTRY_STORAGE_DELETE_ENABLED=true")
            .Holds("/auth/htpasswd", "htpasswd"),

        // Compose interpolates the whole file, the `content` of a config included: an unset
        // variable with a default gives the default, and `$$` gives one `$`. Whether the shell that
        // runs compose sets the variable is not in the files, so the engine must not judge it.
        new DifferentialCase("compose: a config's content is interpolated before the registry reads it")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    configs:
                      - source: registry
                        target: /etc/docker/registry/config.yml
                configs:
                  registry:
                    content: |
                      version: 0.1
                      storage:
                        filesystem:
                          rootdirectory: /var/lib/registry
                        delete:
                          enabled: ${REGISTRY_DELETES_UNSET_IN_ANY_SHELL-true}
                      auth:
                        htpasswd:
                          realm: "$${realm}"
                          path: /auth/htpasswd
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  htpasswd:
                    realm: "${realm}"
                    path: /auth/htpasswd

                """)
            .Holds("/auth/htpasswd", "htpasswd")
            .NotJudgedBecause("uses a variable that compose fills in from the shell"),

        new DifferentialCase("compose: `$$` in a config's content gives the registry one `$`")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    configs:
                      - source: registry
                        target: /etc/docker/registry/config.yml
                configs:
                  registry:
                    content: |
                      version: 0.1
                      storage:
                        filesystem:
                          rootdirectory: /var/lib/registry
                        delete:
                          enabled: true
                      auth:
                        htpasswd:
                          realm: "$${realm}"
                          path: /auth/htpasswd
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  htpasswd:
                    realm: "${realm}"
                    path: /auth/htpasswd

                """)
            .Holds("/auth/htpasswd", "htpasswd"),

        // The registry opens a relative config path from the container's working directory.
        new DifferentialCase("kubernetes: a relative config path is read from the working directory")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-config
                data:
                  custom.yml: |
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                      delete:
                        enabled: true
                    auth:
                      silly:
                        realm: silly-realm
                        service: silly-service
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: registry
                spec:
                  template:
                    spec:
                      containers:
                        - name: registry
                          image: registry:2
                          workingDir: /config
                          args: ["custom.yml"]
                          volumeMounts:
                            - name: config
                              mountPath: /config
                      volumes:
                        - name: config
                          configMap:
                            name: registry-config
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service

                """),

        // A shell runs the registry with the path from a variable the pod sets.
        new DifferentialCase("kubernetes: a shell command takes the config path from a variable")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-config
                data:
                  registry.yml: |
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                      delete:
                        enabled: true
                    auth:
                      silly:
                        realm: silly-realm
                        service: silly-service
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: registry
                spec:
                  template:
                    spec:
                      containers:
                        - name: registry
                          image: registry:2
                          command: ["/bin/sh", "-c", "exec registry serve \"$CONFIG_FILE\""]
                          env:
                            - name: CONFIG_FILE
                              value: /config/registry.yml
                          volumeMounts:
                            - name: config
                              mountPath: /config
                      volumes:
                        - name: config
                          configMap:
                            name: registry-config
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service

                """)
            .Env("CONFIG_FILE=/config/registry.yml"),

        new DifferentialCase("compose: a relative config path in the command is read from working_dir")
            .File("docker-compose.yml", """
                services:
                  registry:
                    image: registry:2
                    working_dir: /config
                    command: ["registry.yml"]
                    volumes:
                      - ./registry:/config:ro
                """)
            .Project("registry/registry.yml", """
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service
                """),

        // The kubelet writes each key of binaryData as a file, decoded from base64, beside those of data.
        new DifferentialCase("kubernetes: a config held in the binaryData of a ConfigMap")
            .File("k8s/registry.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-config
                binaryData:
                  config.yml: dmVyc2lvbjogMC4xCnN0b3JhZ2U6CiAgZmlsZXN5c3RlbToKICAgIHJvb3RkaXJlY3Rvcnk6IC92YXIvbGliL3JlZ2lzdHJ5CiAgZGVsZXRlOgogICAgZW5hYmxlZDogdHJ1ZQphdXRoOgogIHNpbGx5OgogICAgcmVhbG06IHNpbGx5LXJlYWxtCiAgICBzZXJ2aWNlOiBzaWxseS1zZXJ2aWNlCg==
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: registry
                spec:
                  template:
                    spec:
                      containers:
                        - name: registry
                          image: registry:2
                          volumeMounts:
                            - name: config
                              mountPath: /etc/docker/registry
                      volumes:
                        - name: config
                          configMap:
                            name: registry-config
                """)
            .Reads("""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                  delete:
                    enabled: true
                auth:
                  silly:
                    realm: silly-realm
                    service: silly-service
                """),
    };

    public static IEnumerable<object[]> Names => Cases.Select(c => new object[] { c.Name });

    public static DifferentialCase Get(string name) => Cases.Single(c => c.Name == name);

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));
}
