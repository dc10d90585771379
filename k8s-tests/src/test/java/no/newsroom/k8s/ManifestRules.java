package no.newsroom.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.newsroom.k8s.Manifests.Workload;
import no.newsroom.k8s.Manifests.WorkloadContainer;

/**
 * The deployment rules every overlay must satisfy. Each method returns one line per violation, naming the object and
 * container, so that a failing test says what to fix; an empty list means the rule holds.
 */
final class ManifestRules {

    static final String STARTED_PATH = "/q/health/started";
    static final String LIVE_PATH = "/q/health/live";
    static final String READY_PATH = "/q/health/ready";

    private static final List<String> COMPUTE_RESOURCES = List.of("cpu", "memory");
    private static final Set<String> CONFINING_SECCOMP_TYPES = Set.of("RuntimeDefault", "Localhost");
    private static final String HTTP_PORT_VARIABLE = "QUARKUS_HTTP_PORT";

    private final Manifests manifests;
    private final Overlay overlay;
    private final QuarkusHttpPorts quarkusPorts;

    ManifestRules(Manifests manifests, Overlay overlay, QuarkusHttpPorts quarkusPorts) {
        this.manifests = manifests;
        this.overlay = overlay;
        this.quarkusPorts = quarkusPorts;
    }

    List<String> probeViolations() {
        List<String> violations = new ArrayList<>();
        for (WorkloadContainer target : manifests.containers()) {
            Container container = target.container();
            if (target.init()) {
                continue;
            }
            if (target.quarkusService().isPresent()) {
                expectHealthCheck(violations, target, "startupProbe", container.getStartupProbe(), STARTED_PATH);
                expectHealthCheck(violations, target, "livenessProbe", container.getLivenessProbe(), LIVE_PATH);
                expectHealthCheck(violations, target, "readinessProbe", container.getReadinessProbe(), READY_PATH);
            } else {
                if (container.getLivenessProbe() == null) {
                    violations.add(target + " has no livenessProbe");
                }
                if (container.getReadinessProbe() == null) {
                    violations.add(target + " has no readinessProbe");
                }
            }
        }
        return violations;
    }

    private static void expectHealthCheck(List<String> violations, WorkloadContainer target, String probeName,
            Probe probe, String path) {
        if (probe == null) {
            violations.add(target + " has no " + probeName + " (expected an HTTP GET on " + path + ")");
        } else if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            String actual = probe.getHttpGet() == null ? "not an HTTP GET" : probe.getHttpGet().getPath();
            violations.add(target + " has a " + probeName + " on " + actual + " instead of " + path);
        }
    }

    List<String> resourceViolations() {
        List<String> violations = new ArrayList<>();
        for (WorkloadContainer target : manifests.containers()) {
            ResourceRequirements resources = target.container().getResources();
            Map<String, Quantity> requests = resources == null ? Map.of() : orEmpty(resources.getRequests());
            Map<String, Quantity> limits = resources == null ? Map.of() : orEmpty(resources.getLimits());
            for (String resource : COMPUTE_RESOURCES) {
                if (!requests.containsKey(resource)) {
                    violations.add(target + " has no " + resource + " request");
                }
                if (!limits.containsKey(resource)) {
                    violations.add(target + " has no " + resource + " limit");
                }
            }
            if (requests.containsKey("memory") && limits.containsKey("memory") && Quantity.getAmountInBytes(
                    requests.get("memory")).compareTo(Quantity.getAmountInBytes(limits.get("memory"))) > 0) {
                violations.add(target + " requests more memory than its limit");
            }
        }
        return violations;
    }

    List<String> securityContextViolations() {
        List<String> violations = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            PodSpec pod = workload.template().getSpec();
            if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                    || Boolean.TRUE.equals(pod.getHostIPC())) {
                violations.add(workload + " shares a host namespace (network, PID or IPC)");
            }
        }
        for (WorkloadContainer target : manifests.containers()) {
            violations.addAll(securityContextViolations(target));
        }
        return violations;
    }

    private static List<String> securityContextViolations(WorkloadContainer target) {
        PodSecurityContext pod = Optional.ofNullable(target.workload().template().getSpec().getSecurityContext())
                .orElseGet(PodSecurityContext::new);
        SecurityContext own = Optional.ofNullable(target.container().getSecurityContext())
                .orElseGet(SecurityContext::new);
        List<String> violations = new ArrayList<>();
        if (!Boolean.TRUE.equals(firstNonNull(own.getRunAsNonRoot(), pod.getRunAsNonRoot()))) {
            violations.add(target + " does not set runAsNonRoot: true");
        }
        if (Long.valueOf(0).equals(firstNonNull(own.getRunAsUser(), pod.getRunAsUser()))) {
            violations.add(target + " runs as uid 0");
        }
        if (!Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
            violations.add(target + " does not set readOnlyRootFilesystem: true");
        }
        if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
            violations.add(target + " does not set allowPrivilegeEscalation: false");
        }
        if (Boolean.TRUE.equals(own.getPrivileged())) {
            violations.add(target + " is privileged");
        }
        List<String> dropped = own.getCapabilities() == null ? List.of() : orEmpty(own.getCapabilities().getDrop());
        List<String> added = own.getCapabilities() == null ? List.of() : orEmpty(own.getCapabilities().getAdd());
        if (!dropped.contains("ALL")) {
            violations.add(target + " does not drop ALL capabilities");
        }
        if (!added.isEmpty()) {
            violations.add(target + " adds capabilities " + added);
        }
        SeccompProfile seccomp = firstNonNull(own.getSeccompProfile(), pod.getSeccompProfile());
        if (seccomp == null || !CONFINING_SECCOMP_TYPES.contains(seccomp.getType())) {
            violations.add(target + " has no RuntimeDefault seccomp profile");
        }
        if (!hasEmptyDirAt(target, "/tmp")) {
            violations.add(target + " has no emptyDir at /tmp to write to beside its read-only root filesystem");
        }
        return violations;
    }

    List<String> imageViolations() {
        List<String> violations = new ArrayList<>();
        for (WorkloadContainer target : manifests.containers()) {
            String reference = target.container().getImage();
            ContainerImage image = target.image();
            if (image.tag().isEmpty() && image.digest().isEmpty()) {
                violations.add(target + " uses image " + reference + " without a tag, which means latest");
            } else if (image.tag().filter("latest"::equals).isPresent()) {
                violations.add(target + " uses the mutable tag latest: " + reference);
            } else if (overlay.releaseImagesOnly() && image.tag().filter(ManifestRules::isSnapshot).isPresent()) {
                violations.add(target + " uses a development image in " + overlay + ": " + reference);
            }
        }
        return violations;
    }

    List<String> selectorViolations() {
        List<String> violations = new ArrayList<>();
        for (Service service : manifests.ofType(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            if (selector != null && !selector.isEmpty() && manifests.workloadSelectedBy(selector).isEmpty()) {
                violations.add("Service " + name(service) + " selects " + selector
                        + " but no Deployment or StatefulSet has these pod labels");
            }
        }
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            Map<String, String> selector = matchLabels(deployment.getSpec().getSelector());
            if (!new Workload(deployment, deployment.getSpec().getTemplate()).hasLabels(selector)) {
                violations.add("Deployment " + name(deployment) + " selects " + selector
                        + ", which its own pod template does not carry");
            }
        }
        for (PodDisruptionBudget budget : manifests.ofType(PodDisruptionBudget.class)) {
            Map<String, String> selector = matchLabels(budget.getSpec().getSelector());
            if (manifests.workloadSelectedBy(selector).isEmpty()) {
                violations.add("PodDisruptionBudget " + name(budget) + " selects " + selector + ", which no pod has");
            }
        }
        for (HorizontalPodAutoscaler autoscaler : manifests.ofType(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            if (!manifests.contains(new ObjectRef(target.getKind(), target.getName()))) {
                violations.add("HorizontalPodAutoscaler " + name(autoscaler) + " scales " + target.getKind() + " "
                        + target.getName() + ", which is not rendered");
            }
        }
        return violations;
    }

    List<String> referenceViolations() {
        List<String> violations = new ArrayList<>();
        Map<ObjectRef, String> references = configAndSecretReferences();
        references.forEach((reference, referrer) -> {
            if (!manifests.contains(reference) && !overlay.providedOutside().contains(reference)) {
                violations.add(referrer + " refers to " + reference
                        + ", which is neither rendered nor listed as provided outside the " + overlay + " overlay");
            }
        });
        for (ObjectRef allowed : overlay.providedOutside()) {
            if (!references.containsKey(allowed)) {
                violations.add(allowed + " is listed as provided outside the " + overlay
                        + " overlay, but nothing refers to it");
            } else if (manifests.contains(allowed)) {
                violations.add(allowed + " is listed as provided outside the " + overlay
                        + " overlay, but the overlay renders it");
            }
        }
        if (overlay.rendersNoSecrets()) {
            manifests.ofType(Secret.class).forEach(secret -> violations.add("The " + overlay
                    + " overlay renders Secret " + name(secret) + "; credentials come from outside the repository"));
        }
        for (Ingress ingress : manifests.ofType(Ingress.class)) {
            ingressBackends(ingress).forEach(backend -> violations.addAll(backendViolations(ingress, backend)));
        }
        return violations;
    }

    List<String> portViolations() {
        List<String> violations = new ArrayList<>();
        for (WorkloadContainer target : manifests.containers()) {
            Optional<String> service = target.quarkusService();
            if (service.isEmpty()) {
                continue;
            }
            int expected = listeningPort(target, service.get());
            List<ContainerPort> ports = orEmpty(target.container().getPorts());
            if (ports.stream().noneMatch(port -> Objects.equals(port.getContainerPort(), expected))) {
                violations.add(target + " declares ports " + ports.stream().map(ContainerPort::getContainerPort)
                        .toList() + " but " + service.get() + " listens on " + expected);
            }
            int health = quarkusPorts.prodHealthPortOf(service.get());
            boolean healthPortDeclared = ports.stream()
                    .anyMatch(port -> Objects.equals(port.getContainerPort(), health));
            if (health != expected && !healthPortDeclared) {
                violations.add(target + " declares ports " + ports.stream().map(ContainerPort::getContainerPort)
                        .toList() + " but " + service.get() + " answers health checks on " + health);
            }
            Container container = target.container();
            Stream.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())
                    .filter(probe -> probe != null && probe.getHttpGet() != null)
                    .map(probe -> probe.getHttpGet().getPort())
                    .filter(port -> resolve(port, List.of(target)).filter(number -> number == health).isEmpty())
                    .forEach(port -> violations.add(target + " probes port " + describe(port) + " but "
                            + service.get() + " answers health checks on " + health));
        }
        for (Service service : manifests.ofType(Service.class)) {
            manifests.workloadSelectedBy(service.getSpec().getSelector()).ifPresent(workload ->
                    violations.addAll(servicePortViolations(service, workload)));
        }
        return violations;
    }

    private List<String> servicePortViolations(Service service, Workload workload) {
        List<WorkloadContainer> containers = workload.containers().filter(target -> !target.init()).toList();
        List<String> violations = new ArrayList<>();
        for (ServicePort port : orEmpty(service.getSpec().getPorts())) {
            IntOrString targetPort = port.getTargetPort() != null ? port.getTargetPort()
                    : new IntOrString(port.getPort());
            if (resolve(targetPort, containers).isEmpty()) {
                violations.add("Service " + name(service) + " port " + port.getPort() + " targets "
                        + describe(targetPort) + ", which no container of " + workload + " declares");
            }
        }
        return violations;
    }

    /** An explicit QUARKUS_HTTP_PORT in the container's environment wins over the service's properties. */
    private int listeningPort(WorkloadContainer target, String service) {
        return environmentValue(target.container(), HTTP_PORT_VARIABLE)
                .map(Integer::parseInt)
                .orElseGet(() -> quarkusPorts.prodPortOf(service));
    }

    private Optional<String> environmentValue(Container container, String variable) {
        Optional<String> explicit = orEmpty(container.getEnv()).stream()
                .filter(env -> variable.equals(env.getName()) && env.getValue() != null)
                .map(EnvVar::getValue)
                .findFirst();
        if (explicit.isPresent()) {
            return explicit;
        }
        return orEmpty(container.getEnvFrom()).stream()
                .filter(source -> source.getConfigMapRef() != null)
                .flatMap(source -> manifests.ofType(ConfigMap.class).stream()
                        .filter(map -> name(map).equals(source.getConfigMapRef().getName())))
                .map(map -> orEmpty(map.getData()).get(variable))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private Map<ObjectRef, String> configAndSecretReferences() {
        Map<ObjectRef, String> references = new LinkedHashMap<>();
        for (Workload workload : manifests.workloads()) {
            PodSpec pod = workload.template().getSpec();
            workload.containers().forEach(target -> containerReferences(target.container())
                    .forEach(reference -> references.putIfAbsent(reference, target.toString())));
            orEmpty(pod.getVolumes()).stream().flatMap(ManifestRules::volumeReferences)
                    .forEach(reference -> references.putIfAbsent(reference, workload + " volumes"));
            orEmpty(pod.getImagePullSecrets()).forEach(secret -> references.putIfAbsent(
                    ObjectRef.secret(secret.getName()), workload + " imagePullSecrets"));
        }
        for (Ingress ingress : manifests.ofType(Ingress.class)) {
            orEmpty(ingress.getSpec().getTls()).stream().map(IngressTLS::getSecretName).filter(Objects::nonNull)
                    .forEach(secret -> references.putIfAbsent(ObjectRef.secret(secret), "Ingress " + name(ingress)));
        }
        return references;
    }

    private static Stream<ObjectRef> containerReferences(Container container) {
        Stream<ObjectRef> fromEnv = orEmpty(container.getEnv()).stream()
                .map(EnvVar::getValueFrom)
                .filter(Objects::nonNull)
                .flatMap(ManifestRules::envSourceReference);
        Stream<ObjectRef> fromEnvFrom = orEmpty(container.getEnvFrom()).stream()
                .flatMap(ManifestRules::envFromReference);
        return Stream.concat(fromEnv, fromEnvFrom);
    }

    private static Stream<ObjectRef> envSourceReference(EnvVarSource source) {
        if (source.getConfigMapKeyRef() != null && !Boolean.TRUE.equals(source.getConfigMapKeyRef().getOptional())) {
            return Stream.of(ObjectRef.configMap(source.getConfigMapKeyRef().getName()));
        }
        if (source.getSecretKeyRef() != null && !Boolean.TRUE.equals(source.getSecretKeyRef().getOptional())) {
            return Stream.of(ObjectRef.secret(source.getSecretKeyRef().getName()));
        }
        return Stream.empty();
    }

    private static Stream<ObjectRef> envFromReference(EnvFromSource source) {
        if (source.getConfigMapRef() != null && !Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
            return Stream.of(ObjectRef.configMap(source.getConfigMapRef().getName()));
        }
        if (source.getSecretRef() != null && !Boolean.TRUE.equals(source.getSecretRef().getOptional())) {
            return Stream.of(ObjectRef.secret(source.getSecretRef().getName()));
        }
        return Stream.empty();
    }

    private static Stream<ObjectRef> volumeReferences(Volume volume) {
        if (volume.getConfigMap() != null && !Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
            return Stream.of(ObjectRef.configMap(volume.getConfigMap().getName()));
        }
        if (volume.getSecret() != null && !Boolean.TRUE.equals(volume.getSecret().getOptional())) {
            return Stream.of(ObjectRef.secret(volume.getSecret().getSecretName()));
        }
        if (volume.getProjected() != null) {
            return orEmpty(volume.getProjected().getSources()).stream().flatMap(ManifestRules::projectionReference);
        }
        return Stream.empty();
    }

    private static Stream<ObjectRef> projectionReference(VolumeProjection projection) {
        if (projection.getConfigMap() != null && !Boolean.TRUE.equals(projection.getConfigMap().getOptional())) {
            return Stream.of(ObjectRef.configMap(projection.getConfigMap().getName()));
        }
        if (projection.getSecret() != null && !Boolean.TRUE.equals(projection.getSecret().getOptional())) {
            return Stream.of(ObjectRef.secret(projection.getSecret().getName()));
        }
        return Stream.empty();
    }

    private static Stream<IngressBackend> ingressBackends(Ingress ingress) {
        Stream<IngressBackend> fromRules = orEmpty(ingress.getSpec().getRules()).stream()
                .map(IngressRule::getHttp)
                .filter(Objects::nonNull)
                .flatMap(http -> orEmpty(http.getPaths()).stream())
                .map(HTTPIngressPath::getBackend);
        return Stream.concat(Stream.ofNullable(ingress.getSpec().getDefaultBackend()), fromRules);
    }

    private List<String> backendViolations(Ingress ingress, IngressBackend backend) {
        if (backend.getService() == null) {
            return List.of();
        }
        String serviceName = backend.getService().getName();
        Optional<Service> service = manifests.ofType(Service.class).stream()
                .filter(candidate -> name(candidate).equals(serviceName))
                .findFirst();
        if (service.isEmpty()) {
            return List.of("Ingress " + name(ingress) + " routes to Service " + serviceName
                    + ", which is not rendered");
        }
        var port = backend.getService().getPort();
        boolean portExists = port != null && orEmpty(service.get().getSpec().getPorts()).stream()
                .anyMatch(candidate -> port.getName() != null
                        ? port.getName().equals(candidate.getName())
                        : Objects.equals(port.getNumber(), candidate.getPort()));
        return portExists ? List.of() : List.of("Ingress " + name(ingress) + " routes to a port that Service "
                + serviceName + " does not have");
    }

    /** The container port a probe or Service port means, by number or by name. */
    private static Optional<Integer> resolve(IntOrString port, List<WorkloadContainer> containers) {
        Stream<ContainerPort> declared = containers.stream()
                .flatMap(target -> orEmpty(target.container().getPorts()).stream());
        if (port.getIntVal() != null) {
            return declared.map(ContainerPort::getContainerPort).filter(port.getIntVal()::equals).findFirst();
        }
        return declared.filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst();
    }

    private static boolean hasEmptyDirAt(WorkloadContainer target, String path) {
        List<Volume> volumes = orEmpty(target.workload().template().getSpec().getVolumes());
        return orEmpty(target.container().getVolumeMounts()).stream()
                .filter(mount -> path.equals(mount.getMountPath()))
                .anyMatch(mount -> volumes.stream().anyMatch(volume -> volume.getName().equals(mount.getName())
                        && volume.getEmptyDir() != null));
    }

    private static boolean isSnapshot(String tag) {
        return tag.toUpperCase().contains("SNAPSHOT");
    }

    private static Map<String, String> matchLabels(LabelSelector selector) {
        return selector == null ? Map.of() : orEmpty(selector.getMatchLabels());
    }

    private static String describe(IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
