package org.headroom.client;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientRepository extends JpaRepository<Client, Long> {

    /**
     * Name search by prefix of first, last or preferred name, or of "first last"; prefixes keep
     * the name indexes usable. {@code archived} null means both.
     */
    String SEARCH =
            """
            from Client c
            where (:therapistId is null or c.therapistId = :therapistId)
              and (:archived is null or c.archived = :archived)
              and (:prefix = '%'
                   or c.lastName like :prefix escape '!'
                   or c.firstName like :prefix escape '!'
                   or c.preferredName like :prefix escape '!'
                   or concat(c.firstName, ' ', c.lastName) like :prefix escape '!')
            """;

    @Query("select c " + SEARCH)
    List<Client> search(
            @Param("therapistId") Long therapistId,
            @Param("archived") Boolean archived,
            @Param("prefix") String prefix,
            Pageable pageable);

    /** The same search, reading only the client list's columns ({@link ClientRow}). */
    @Query("select new org.headroom.client.ClientRow(c.id, c.firstName, c.lastName, c.preferredName,"
            + " c.dateOfBirth, c.phone, c.email, c.archived, c.bookedOnline) " + SEARCH)
    List<ClientRow> rows(
            @Param("therapistId") Long therapistId,
            @Param("archived") Boolean archived,
            @Param("prefix") String prefix,
            Pageable pageable);

    @Query("select count(c) " + SEARCH)
    long countSearch(
            @Param("therapistId") Long therapistId,
            @Param("archived") Boolean archived,
            @Param("prefix") String prefix);

    long countByTherapistId(long therapistId);

    boolean existsByIdAndTherapistId(long id, long therapistId);

    /** The therapist's clients with this name and date of birth (the collation ignores case and accents). */
    @Query("select c from Client c where c.therapistId = :therapistId and c.dateOfBirth = :born"
            + " and c.firstName = :first and c.lastName = :last order by c.id")
    List<Client> sameNameAndBirth(
            @Param("therapistId") long therapistId,
            @Param("first") String first,
            @Param("last") String last,
            @Param("born") java.time.LocalDate born);
}
