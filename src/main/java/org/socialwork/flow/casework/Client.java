package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.socialwork.flow.form.ResidentIdNumber;

/** 服务对象: a person served by a station. Sex and birth date come from the resident ID number. */
public class Client {

  private Long id;
  private String stationCode;
  private String fullName;
  private String idNumber;
  private String sex;
  private LocalDate birthDate;
  private String phone;
  private String emergencyContact;
  private String emergencyPhone;
  private String address;
  private String personType;
  private LocalDateTime createdAt;
  private String createdBy;

  protected Client() {
  }

  static Client register(String stationCode, String fullName, ResidentIdNumber id, String phone,
                         String emergencyContact, String emergencyPhone, String address, String personType,
                         String createdBy, LocalDateTime now) {
    Client c = new Client();
    c.stationCode = stationCode;
    c.fullName = fullName;
    c.idNumber = id.value();
    c.sex = id.sex();
    c.birthDate = id.birthDate();
    c.phone = phone;
    c.emergencyContact = emergencyContact;
    c.emergencyPhone = emergencyPhone;
    c.address = address;
    c.personType = personType;
    c.createdBy = createdBy;
    c.createdAt = now;
    return c;
  }

  public int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }

  public String maskedIdNumber() {
    return ResidentIdNumber.mask(idNumber);
  }

  public Long getId() { return id; }
  public String getStationCode() { return stationCode; }
  public String getFullName() { return fullName; }
  public String getIdNumber() { return idNumber; }
  public String getSex() { return sex; }
  public LocalDate getBirthDate() { return birthDate; }
  public String getPhone() { return phone; }
  public String getEmergencyContact() { return emergencyContact; }
  public String getEmergencyPhone() { return emergencyPhone; }
  public String getAddress() { return address; }
  public String getPersonType() { return personType; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
}
