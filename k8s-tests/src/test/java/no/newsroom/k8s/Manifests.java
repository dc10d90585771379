package no.newsroom.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The objects one overlay renders, with the views the rules need. */
record Manifests(List<HasMetadata> objects) {

    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    boolean contains(ObjectRef ref) {
        return objects.stream().anyMatch(object -> object.getKind().equals(ref.kind())
                && object.getMetadata().getName().equals(ref.name()));
    }

    List<Workload> workloads() {
        Stream<Workload> deployments = ofType(Deployment.class).stream()
                .map(deployment -> new Workload(deployment, deployment.getSpec().getTemplate()));
        Stream<Workload> statefulSets = ofType(StatefulSet.class).stream()
                .map(statefulSet -> new Workload(statefulSet, statefulSet.getSpec().getTemplate()));
        return Stream.concat(deployments, statefulSets).toList();
    }

    List<WorkloadContainer> containers() {
        return workloads().stream().flatMap(Workload::containers).toList();
    }

    Optional<Workload> workloadSelectedBy(Map<String, String> selector) {
        return workloads().stream().filter(workload -> workload.hasLabels(selector)).findFirst();
    }

    /** A Deployment or StatefulSet, seen through its pod template. */
    record Workload(HasMetadata owner, PodTemplateSpec template) {

        String name() {
            return owner.getMetadata().getName();
        }

        boolean hasLabels(Map<String, String> selector) {
            Map<String, String> labels = template.getMetadata().getLabels();
            return selector != null && !selector.isEmpty() && labels != null
                    && labels.entrySet().containsAll(selector.entrySet());
        }

        Stream<WorkloadContainer> containers() {
            Stream<WorkloadContainer> init = template.getSpec().getInitContainers().stream()
                    .map(container -> new WorkloadContainer(this, container, true));
            Stream<WorkloadContainer> main = template.getSpec().getContainers().stream()
                    .map(container -> new WorkloadContainer(this, container, false));
            return Stream.concat(init, main);
        }

        @Override
        public String toString() {
            return owner.getKind() + " " + name();
        }
    }

    /** One container of a workload; {@code init} containers run to completion and carry no probes. */
    record WorkloadContainer(Workload workload, Container container, boolean init) {

        ContainerImage image() {
            return ContainerImage.parse(container.getImage());
        }

        /** Our own Quarkus services, recognised by their image repository {@code newsroom/<service>}. */
        Optional<String> quarkusService() {
            return image().service();
        }

        @Override
        public String toString() {
            return workload + " container " + container.getName();
        }
    }
}
