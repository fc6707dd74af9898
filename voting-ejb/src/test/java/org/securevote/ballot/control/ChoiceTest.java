package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securevote.integrity.RandomIds;

class ChoiceTest {

  @Test
  void decodesWhatItEncoded() {
    Choice choice = new Choice(List.of(RandomIds.next(), RandomIds.next()));
    assertEquals(choice, Choice.decode(choice.encode()));
  }

  @Test
  void encodedLengthDoesNotDependOnHowManyCandidatesAreNamed() {
    int one = new Choice(List.of(RandomIds.next())).encode().length;
    int three =
        new Choice(List.of(RandomIds.next(), RandomIds.next(), RandomIds.next())).encode().length;
    assertEquals(one, three);
  }

  @Test
  void rejectsBytesThatAreNotAChoice() {
    assertThrows(IllegalArgumentException.class, () -> Choice.decode(new byte[] {0, 5, 'x', 'y'}));
    assertThrows(IllegalArgumentException.class, () -> Choice.decode(new byte[] {0x7f, 0x7f}));
  }
}
