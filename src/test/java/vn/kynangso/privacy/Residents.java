package vn.kynangso.privacy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.LoginCard;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Poverty;

/**
 * A household registered at the door in the tests' own hamlet, as its team member would: a head with
 * a phone and a second member, consent to learning and disability data, a disability mark, near-poor,
 * and a login for the head. Call signed in as {@link vn.kynangso.TestArea#TEAM_MEMBER}.
 */
public record Residents(long household, long head, long other, String headName, String login) {

    private static final AtomicInteger NEXT = new AtomicInteger();

    public static Residents register(HouseholdService households, PeopleService people, long hamlet) {
        int n = NEXT.incrementAndGet();
        String name = "Quyền Thị Dữ Liệu " + n;
        String phone = String.format("0966%06d", (ProcessHandle.current().pid() % 1000) * 1000 + n);
        Household household = households.register(new NewHousehold(
                hamlet,
                "Số " + n + ", ngõ Quyền Riêng Tư",
                List.of(new NewMember(name, 1955, phone), new NewMember("Quyền Văn Con " + n, 1985, null)),
                true,
                Poverty.NEAR_POOR,
                new NewConsent(name, Set.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY))));
        var members = people.members(household.getId());
        LoginCard card = households.loginCard(members.getFirst().getId());
        return new Residents(
                household.getId(), members.getFirst().getId(), members.get(1).getId(), name, card.login());
    }
}
