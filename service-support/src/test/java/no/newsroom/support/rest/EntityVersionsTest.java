package no.newsroom.support.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityVersionsTest {

    @Test
    void shouldTagAnEntityWithItsVersion() {
        assertEquals("7", EntityVersions.tagOf(7).getValue());
    }

    @Test
    void shouldReadTheVersionFromAStrongOrWeakTag() {
        assertEquals(3, EntityVersions.fromIfMatch("\"3\""));
        assertEquals(3, EntityVersions.fromIfMatch(" W/\"3\" "));
    }

    @Test
    void shouldRequireTheHeader() {
        assertThrows(PreconditionRequiredException.class, () -> EntityVersions.fromIfMatch(null));
        assertThrows(PreconditionRequiredException.class, () -> EntityVersions.fromIfMatch(" "));
    }

    @Test
    void shouldRejectATagThatNamesNoVersion() {
        assertThrows(UnknownVersionException.class, () -> EntityVersions.fromIfMatch("\"*\""));
    }
}
