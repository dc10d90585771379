package no.newsroom.k8s;

/** A namespaced object by kind and name, as a workload refers to it. */
record ObjectRef(String kind, String name) {

    static ObjectRef configMap(String name) {
        return new ObjectRef("ConfigMap", name);
    }

    static ObjectRef secret(String name) {
        return new ObjectRef("Secret", name);
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
