package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class XmlDocumentsTest {

  @Test
  void aDocumentIsReadToItsRootElement() throws XmlRejectedException {
    assertEquals("number", XmlDocuments.root("<number><id type=\"integer\">5</id></number>").getTagName());
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsResolvedOrExpanded() {
    assertThrows(XmlRejectedException.class, () -> XmlDocuments.root(
        "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><n>&x;</n>"));
  }

  @Test
  void textThatIsNotWellFormedIsRefused() {
    assertThrows(XmlRejectedException.class, () -> XmlDocuments.root("<number><id>5</number>"));
  }
}
